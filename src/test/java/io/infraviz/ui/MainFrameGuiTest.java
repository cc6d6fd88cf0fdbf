package io.infraviz.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.RequestKind;
import io.infraviz.scenario.Stages;
import io.infraviz.scenario.lesson.ScenarioFile;
import io.infraviz.sim.world.ComponentStatus;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.swing.UIManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The real window under a display (Xvfb in CI): traffic flows at start, a click on the Primary
 * kills it (writes fail, reads go on) and another revives it, pause and step, theme and
 * presentation mode, and no exception escapes on the EDT.
 */
@Tag("gui")
class MainFrameGuiTest {
    private AppWindow app;

    @BeforeEach
    void open() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        app = AppWindow.open();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void startsWithTrafficFlowing() {
        app.await("requests in flight and answered", () -> app.frame.driver().playing()
                && app.frame.driver().simulation().inFlightCount() > 0 && app.frame.driver().metrics().totalSucceeded() > 0);
        assertThat(app.onEdt(() -> app.frame.statusBar().text())).contains("In flight").contains("Everything is running");
    }

    @Test
    void clickingThePrimaryKillsItWritesFailReadsGoOnAndAClickRevivesIt() {
        app.run(() -> app.frame.driver().setSpeed(10));
        List<SimEvent.RequestCompleted> after = Collections.synchronizedList(new ArrayList<>());
        app.clickCell("web-01.mysql");
        app.await("web-01.mysql killed", () -> app.frame.driver().simulation().status("web-01.mysql") == ComponentStatus.KILLED);
        app.run(() -> app.frame.driver().simulation().addListener(e -> {
            if (e instanceof SimEvent.RequestCompleted rc) {
                after.add(rc);
            }
        }));
        app.await("a failed write and a good read", () -> {
            synchronized (after) {
                boolean failedWrite = after.stream().anyMatch(r -> r.result().kind() == RequestKind.WRITE
                        && r.result().reason().startsWith("the write failed: ERROR 20"));
                boolean goodRead = after.stream().anyMatch(r -> r.result().kind() == RequestKind.READ && r.result().outcome().succeeded());
                return failedWrite && goodRead;
            }
        });
        synchronized (after) {
            assertThat(after).filteredOn(r -> r.result().kind() == RequestKind.WRITE)
                    .allMatch(r -> !r.result().outcome().succeeded());
        }
        app.await("the event log says so", () -> app.frame.eventLog().lines().stream()
                .anyMatch(l -> l.contains("the write failed: ERROR 20") && l.contains("(HY000)")));
        app.clickCell("web-01.mysql");
        app.await("web-01.mysql revived", () -> app.frame.driver().simulation().status("web-01.mysql") == ComponentStatus.RUNNING);
    }

    /** On a narrow toolbar (a laptop in presentation mode's large type) the hint gives way instead of running off the edge. */
    @Test
    void theToolbarsHintGivesWayOnANarrowToolbar() {
        int[] edges = app.onEdt(() -> {
            javax.swing.JToolBar bar = find(app.frame.getContentPane(), javax.swing.JToolBar.class);
            javax.swing.JLabel hint = java.util.Arrays.stream(bar.getComponents()).filter(c -> c instanceof javax.swing.JLabel l
                    && l.getText().startsWith("Click a part")).map(c -> (javax.swing.JLabel) c).findFirst().orElseThrow();
            int narrow = bar.getPreferredSize().width - hint.getPreferredSize().width / 2;
            bar.setSize(narrow, bar.getHeight());
            bar.doLayout();
            return new int[] {hint.getX() + hint.getWidth(), narrow};
        });
        assertThat(edges[0]).as("the hint's right edge on a toolbar %d px wide", edges[1]).isLessThanOrEqualTo(edges[1]);
    }

    private static <T> T find(java.awt.Container c, Class<T> type) {
        for (java.awt.Component child : c.getComponents()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof java.awt.Container k) {
                T found = find(k, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void pauseStopsTheClockAndStepAdvancesOneHop() {
        app.await("running", () -> app.frame.driver().simulation().now() > 0);
        app.button("Pause").click();
        app.await("paused", () -> !app.frame.driver().playing());
        long t = app.now();
        long events = app.onEdt(() -> app.frame.driver().simulation().eventsRun());
        // A tick a whole second later must not move a paused clock.
        app.run(() -> app.frame.driver().tick(System.nanoTime() + 1_000_000_000L));
        assertThat(app.now()).isEqualTo(t);
        app.button("Step").click();
        app.await("one event further", () -> app.frame.driver().simulation().eventsRun() == events + 1);
        assertThat(app.now()).isGreaterThanOrEqualTo(t);
    }

    @Test
    void themeSwitchAndPresentationModeWork() {
        app.window.menuItemWithPath("View", "Dark theme").click();
        app.await("dark", () -> UIManager.getLookAndFeel() instanceof FlatDarkLaf
                && app.frame.diagramView().diagram().theme() == DiagramTheme.DARK);
        app.run(() -> app.frame.setPresentation(true));
        app.await("presentation", () -> app.frame.presentation() && app.frame.isUndecorated() && app.frame.isShowing());
        assertThat(app.onEdt(() -> UIManager.getFont("defaultFont").getSize())).isGreaterThanOrEqualTo(20);
        app.run(() -> app.frame.setPresentation(false));
        app.await("normal", () -> !app.frame.presentation() && !app.frame.isUndecorated() && app.frame.isShowing());
        app.window.menuItemWithPath("View", "Dark theme").click();
        app.await("light", () -> app.frame.diagramView().diagram().theme() == DiagramTheme.LIGHT);
    }

    @Test
    void switchingStageRebuildsTheDiagramAndTrafficFlowsThere() {
        app.window.menuItemWithPath("View", "Stage", Stages.SCALED.title()).click();
        app.await("the scaled stage", () -> app.frame.driver().simulation().topology().name().equals("scaled")
                && app.frame.diagramView().diagram().topology().name().equals("scaled"));
        app.run(() -> app.frame.driver().setSpeed(10));
        app.await("answers from the scaled stage", () -> app.frame.driver().metrics().totalSucceeded() > 3);
        app.window.menuItemWithPath("View", "Stage", Stages.SECURED.title()).click();
        app.await("the secured stage, HTTPS on", () -> app.frame.driver().simulation().topology().name().equals("secured")
                && app.frame.driver().simulation().settings().security().https());
    }

    @Test
    void aLessonPlaysItsStepsAndTicksOffTheirEffects() {
        app.run(() -> {
            app.frame.driver().setSpeed(10);
            app.frame.lessonPlayer().start(ScenarioFile.builtIn("primary-dies"));
        });
        app.button("Go on").click();
        app.await("step 1 checked", () -> app.frame.lessonPlayer().status().contains("✓ all requests succeed"));
        app.button("Next step").click();
        // Step 2 asks for a prediction before it cuts the replication link.
        app.answerPrediction("Nothing fails");
        app.button("Do it").click();
        app.await("step 2 checked", () -> app.frame.lessonPlayer().status().contains("✓ some reads are stale"));
        assertThat(app.onEdt(() -> app.frame.driver().simulation().linkCut("web-01.mysql->web-02.mysql"))).isTrue();
        app.button("Next step").click();
        app.answerPrediction("Writes fail, reads go on");
        app.button("Do it").click();
        app.await("step 3 checked", () -> app.frame.lessonPlayer().status().contains("✓ all writes fail"));
        assertThat(app.onEdt(() -> app.frame.driver().simulation().status("web-01.mysql"))).isEqualTo(ComponentStatus.KILLED);
    }
}
