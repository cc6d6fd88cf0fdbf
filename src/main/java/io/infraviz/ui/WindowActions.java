package io.infraviz.ui;

import javax.swing.Action;
import javax.swing.JOptionPane;
import javax.swing.JRootPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import java.util.List;

/**
 * Everything a person can do from the menus and the keyboard, each action defined once with its
 * shortcut: the menus show them, the root pane binds them, the help lists them.
 */
final class WindowActions {
    final Action play;
    final Action step;
    final Action stepBack;
    final Action faster;
    final Action slower;
    final Action reset;
    final Action undo;
    final Action follow;
    final Action open;
    final Action saveRun;
    final Action saveTopology;
    final Action exportPng;
    final Action exportSvg;
    final Action exportConfiguration;
    final Action quit;
    final Action help;
    final Action about;
    final Action leavePresentation;
    final Action zoomFit;
    final Action zoomIn;
    final Action zoomOut;
    final Action largerText;
    final Action smallerText;
    final Action design;
    final Shortcuts.Toggle dark;
    final Shortcuts.Toggle presentation;
    final Shortcuts.Toggle reducedMotion;
    final Shortcuts.Toggle sidePanel;
    final Shortcuts.Toggle bottomPanel;
    final Shortcuts.Toggle spofMarks;
    final Shortcuts.Toggle counters;
    final Shortcuts.Toggle legend;

    WindowActions(MainFrame w, SimulationDriver driver, FileActions files, Themes themes) {
        play = Shortcuts.action("Pause", "SPACE", e -> driver.togglePlay());
        step = Shortcuts.action("Step", "RIGHT", e -> driver.step());
        stepBack = Shortcuts.action("Step back", "LEFT", e -> driver.stepBack());
        faster = Shortcuts.action("Faster", "CLOSE_BRACKET", e -> driver.setSpeed(driver.speed() * 2));
        slower = Shortcuts.action("Slower", "OPEN_BRACKET", e -> driver.setSpeed(driver.speed() / 2));
        reset = Shortcuts.action("Reset", "ctrl R", e -> driver.reset());
        undo = Shortcuts.action("Undo last fault", "ctrl Z", e -> w.undo());
        follow = Shortcuts.action("Follow the next request", "ctrl F", e -> w.traffic().follower().followNextRequest());
        open = Shortcuts.action("Open...", "ctrl O", e -> files.open());
        saveRun = Shortcuts.action("Save run as...", "ctrl S", e -> files.saveRun());
        saveTopology = Shortcuts.action("Save topology as...", null, e -> files.saveTopology());
        exportPng = Shortcuts.action("Export as PNG...", "ctrl E", e -> w.export("PNG"));
        exportSvg = Shortcuts.action("Export as SVG...", null, e -> w.export("SVG"));
        ConfigExport configs = new ConfigExport(w, driver, message -> w.statusBar().tell(message));
        exportConfiguration = Shortcuts.action("Export configuration...", null, e -> configs.run());
        quit = Shortcuts.action("Quit", "ctrl Q", e -> w.quit());
        help = Shortcuts.action("Keyboard shortcuts", "F1", e -> showShortcuts(w, helpText()));
        about = Shortcuts.action("About InfraViz", null, e -> showAbout(w));
        leavePresentation = Shortcuts.action("Leave presentation mode", "ESCAPE", e -> {
            if (w.presentation()) {
                w.setPresentation(false);
            }
        });
        zoomFit = Shortcuts.action("Zoom to fit", "ctrl 0", e -> w.diagramView().zoomToFit());
        zoomIn = Shortcuts.action("Zoom in", "ctrl EQUALS", e -> w.diagramView().zoomIn());
        zoomOut = Shortcuts.action("Zoom out", "ctrl MINUS", e -> w.diagramView().zoomOut());
        largerText = Shortcuts.action("Larger text", "ctrl shift EQUALS",
                e -> w.diagramView().setLabelScale(w.diagramView().labelScale() + 0.2));
        smallerText = Shortcuts.action("Smaller text", "ctrl shift MINUS",
                e -> w.diagramView().setLabelScale(w.diagramView().labelScale() - 0.2));
        design = Shortcuts.action("Design mode", "ctrl shift D", e -> w.design().enter());
        dark = Shortcuts.toggle("Dark theme", "ctrl D", themes.dark(), w::setDark);
        presentation = Shortcuts.toggle("Presentation mode", "F11", false, w::setPresentation);
        reducedMotion = Shortcuts.toggle("Reduced motion", null, themes.reducedMotion(), on -> {
            themes.rememberReducedMotion(on);
            w.traffic().setReducedMotion(on);
        });
        sidePanel = Shortcuts.toggle("Side panel", "F9", true, w::showSidePanel);
        bottomPanel = Shortcuts.toggle("Charts and event log", "F12", true, w::showBottomPanel);
        spofMarks = Shortcuts.toggle("Mark single points of failure", "ctrl I", false, on -> w.traffic().setShowSpofs(on));
        counters = Shortcuts.toggle("Counters on the diagram", "ctrl K", false, on -> w.traffic().setShowCounters(on));
        legend = Shortcuts.toggle("Legend", null, true, w::showLegend);
    }

    /** Every action that has a key, in the order the help lists them. */
    List<Action> withKeys() {
        return List.of(play, step, stepBack, faster, slower, undo, reset, follow, open, saveRun, exportPng, dark,
                presentation, leavePresentation, design, zoomFit, zoomIn, zoomOut, largerText, smallerText, sidePanel,
                bottomPanel, spofMarks, counters, help, quit);
    }

    /** What acts on the run or the live view, off while design mode is on (its keys edit the design there). */
    List<Action> liveOnly() {
        return List.of(play, step, stepBack, faster, slower, reset, undo, follow, design, zoomFit, zoomIn, zoomOut,
                largerText, smallerText);
    }

    /** Binds every shortcut once, for the whole window. */
    void bindTo(JRootPane root) {
        withKeys().forEach(a -> Shortcuts.bind(root, a));
    }

    private String helpText() {
        StringBuilder b = new StringBuilder();
        for (Action a : withKeys()) {
            b.append(String.format("%-14s %s%n", Shortcuts.text((KeyStroke) a.getValue(Action.ACCELERATOR_KEY)),
                    a.getValue(Action.NAME)));
        }
        return b.append("""
                Components tab: Enter kills or revives the selected part,
                Shift+F10 shows every action for it.""").toString();
    }

    private static void showShortcuts(MainFrame w, String help) {
        JTextArea text = new JTextArea(help);
        text.setEditable(false);
        text.setFont(io.infraviz.diagram.Fonts.monospaced(text.getFont().getSize()));
        JOptionPane.showMessageDialog(w, text, "Keyboard shortcuts", JOptionPane.PLAIN_MESSAGE);
    }

    private static void showAbout(MainFrame w) {
        JOptionPane.showMessageDialog(w,
                "InfraViz — how a distributed web infrastructure works and fails.\nMIT licence. Icons: Tabler Icons (MIT).",
                "About InfraViz", JOptionPane.INFORMATION_MESSAGE);
    }
}
