package io.infraviz.cli;

import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.ui.MainFrame;
import io.infraviz.ui.Themes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code gui} (and no command at all): opens the window. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Opens the InfraViz window (the default).")
final class GuiCommand implements Callable<Integer> {
    @Mixin
    TopologyOptions topologyOptions = new TopologyOptions();

    @Option(names = "--presentation", description = "Start in presentation mode (full screen, large type).")
    boolean presentation;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", description = "Start a lesson (a built-in name or a JSON file).")
    String scenario;

    @Option(names = "--theme", paramLabel = "light|dark", description = "Colour theme (default: the last one used).")
    String theme;

    @Override
    public Integer call() {
        // Bad options are named first, display or not.
        if (theme != null && !theme.equals("light") && !theme.equals("dark")) {
            throw new UsageException("--theme: unknown value '" + theme + "' (use light or dark)");
        }
        Topology topology = topologyOptions.load();
        io.infraviz.scenario.lesson.Lesson lesson = null;
        if (scenario != null) {
            try {
                lesson = io.infraviz.scenario.lesson.ScenarioFile.load(scenario);
            } catch (io.infraviz.scenario.lesson.ScenarioFile.BadScenario e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UsageException("no display: the window needs one (use 'simulate' or 'export' without a display)");
        }
        io.infraviz.scenario.lesson.Lesson startLesson = lesson;
        io.infraviz.ui.WarmUp.start(topology, Preset.CLASSROOM.settings());
        Themes themes = new Themes(io.infraviz.ui.Themes.remembered());
        if (theme != null) {
            themes.rememberDark(theme.equals("dark"));
        }
        CountDownLatch closed = new CountDownLatch(1);
        SimulationSettings settings = Preset.CLASSROOM.settings().forTopology(topology);
        io.infraviz.ui.FirstDiagram firstDiagram = new io.infraviz.ui.FirstDiagram();
        SwingUtilities.invokeLater(() -> {
            io.infraviz.ui.SafetyNet.install();
            Themes.install(themes.dark(), false);
            MainFrame frame = MainFrame.open(topology, settings, themes, firstDiagram);
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    // Presentation mode disposes and re-shows the frame; only a real close ends the app.
                    if (!frame.isDisplayable()) {
                        SwingUtilities.invokeLater(() -> {
                            if (!frame.isDisplayable()) {
                                closed.countDown();
                            }
                        });
                    }
                }
            });
            if (presentation) {
                frame.setPresentation(true);
            }
            if (startLesson != null) {
                frame.lessonPlayer().start(startLesson);
            }
            SwingUtilities.invokeLater(frame::keepWorkForRecovery);
        });
        // Meanwhile, this thread makes the window's diagram.
        firstDiagram.make(topology, settings, themes.dark());
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
