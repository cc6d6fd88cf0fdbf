package io.infraviz.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.mxgraph.view.mxCellState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Preset;
import io.infraviz.model.RequestKind;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.ComponentStatus;
import io.infraviz.sim.SimEvent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.swing.UIManager;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The real window under a display (Xvfb in CI): traffic flows at start, a click on the Primary
 * kills it (writes fail, reads go on) and another revives it, pause and step, theme and
 * presentation mode, and no exception escapes on the EDT.
 */
@Tag("gui")
class MainFrameGuiTest {
    private Robot robot;
    private FrameFixture window;
    private MainFrame frame;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private Thread.UncaughtExceptionHandler previousHandler;

    @BeforeEach
    void open() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        // The app's timer posts events every frame, so the event queue is never idle: do not wait
        // the default 10 s for an idleness that never comes after each robot action.
        robot.settings().idleTimeout(300);
        Preferences prefs = Preferences.userRoot().node("io/infraviz-test");
        frame = GuiActionRunner.execute(() -> {
            Themes.install(false, false);
            Themes themes = new Themes(prefs);
            themes.rememberDark(false);
            return MainFrame.open(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), themes);
        });
        window = new FrameFixture(robot, frame);
        window.focus();
        robot.moveMouse(frame, new Point(5, 5));
        robot.waitForIdle();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        assertThat(uncaught).as("exceptions that escaped on the EDT").isEmpty();
    }

    private void await(String what, BooleanSupplier ok) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(ok::getAsBoolean);
            }
        }, Timeout.timeout(30_000));
    }

    @Test
    void startsWithTrafficFlowing() {
        await("requests in flight and answered", () -> frame.driver().playing()
                && frame.driver().simulation().inFlightCount() > 0 && frame.driver().metrics().totalSucceeded() > 0);
        assertThat(GuiActionRunner.execute(() -> frame.statusBar().text())).contains("In flight").contains("Everything is running");
    }

    @Test
    void clickingThePrimaryKillsItWritesFailReadsGoOnAndAClickRevivesIt() {
        GuiActionRunner.execute(() -> frame.driver().setSpeed(10));
        List<SimEvent.RequestCompleted> after = Collections.synchronizedList(new ArrayList<>());
        clickCell("web-01.mysql");
        await("web-01.mysql killed", () -> frame.driver().simulation().status("web-01.mysql") == ComponentStatus.KILLED);
        GuiActionRunner.execute(() -> frame.driver().simulation().addListener(e -> {
            if (e instanceof SimEvent.RequestCompleted rc) {
                after.add(rc);
            }
        }));
        await("a failed write and a good read", () -> {
            synchronized (after) {
                boolean failedWrite = after.stream().anyMatch(r -> r.result().kind() == RequestKind.WRITE
                        && r.result().reason().contains("Primary is down"));
                boolean goodRead = after.stream().anyMatch(r -> r.result().kind() == RequestKind.READ && r.result().outcome().succeeded());
                return failedWrite && goodRead;
            }
        });
        synchronized (after) {
            assertThat(after).filteredOn(r -> r.result().kind() == RequestKind.WRITE)
                    .allMatch(r -> !r.result().outcome().succeeded());
        }
        await("the event log says so", () -> frame.eventLog().lines().stream().anyMatch(l -> l.contains("Primary is down")));
        clickCell("web-01.mysql");
        await("web-01.mysql revived", () -> frame.driver().simulation().status("web-01.mysql") == ComponentStatus.RUNNING);
    }

    @Test
    void pauseStopsTheClockAndStepAdvancesOneHop() {
        await("running", () -> frame.driver().simulation().now() > 0);
        window.button(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JButton b) {
                return "Pause".equals(b.getText()) && b.isShowing();
            }
        }).click();
        await("paused", () -> !frame.driver().playing());
        long t = GuiActionRunner.execute(() -> frame.driver().simulation().now());
        long events = GuiActionRunner.execute(() -> frame.driver().simulation().eventsRun());
        // A tick a whole second later must not move a paused clock.
        GuiActionRunner.execute(() -> frame.driver().tick(System.nanoTime() + 1_000_000_000L));
        assertThat(GuiActionRunner.execute(() -> frame.driver().simulation().now())).isEqualTo(t);
        window.button(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JButton b) {
                return "Step".equals(b.getText()) && b.isShowing();
            }
        }).click();
        await("one event further", () -> frame.driver().simulation().eventsRun() == events + 1);
        assertThat(GuiActionRunner.execute(() -> frame.driver().simulation().now())).isGreaterThanOrEqualTo(t);
    }

    @Test
    void themeSwitchAndPresentationModeWork() {
        window.menuItemWithPath("View", "Dark theme").click();
        await("dark", () -> UIManager.getLookAndFeel() instanceof FlatDarkLaf
                && frame.diagramView().diagram().theme() == DiagramTheme.DARK);
        GuiActionRunner.execute(() -> frame.setPresentation(true));
        await("presentation", () -> frame.presentation() && frame.isUndecorated() && frame.isShowing());
        assertThat(GuiActionRunner.execute(() -> UIManager.getFont("defaultFont").getSize())).isGreaterThanOrEqualTo(20);
        GuiActionRunner.execute(() -> frame.setPresentation(false));
        await("normal", () -> !frame.presentation() && !frame.isUndecorated() && frame.isShowing());
        window.menuItemWithPath("View", "Dark theme").click();
        await("light", () -> frame.diagramView().diagram().theme() == DiagramTheme.LIGHT);
    }

    @Test
    void switchingStageRebuildsTheDiagramAndTrafficFlowsThere() {
        window.menuItemWithPath("View", "Stage", Stages.SCALED.title()).click();
        await("the scaled stage", () -> frame.driver().simulation().topology().name().equals("scaled")
                && frame.diagramView().diagram().topology().name().equals("scaled"));
        GuiActionRunner.execute(() -> frame.driver().setSpeed(10));
        await("answers from the scaled stage", () -> frame.driver().metrics().totalSucceeded() > 3);
        window.menuItemWithPath("View", "Stage", Stages.SECURED.title()).click();
        await("the secured stage, HTTPS on", () -> frame.driver().simulation().topology().name().equals("secured")
                && frame.driver().simulation().settings().security().https());
    }

    @Test
    void aLessonPlaysItsStepsAndTicksOffTheirEffects() {
        GuiActionRunner.execute(() -> {
            frame.driver().setSpeed(10);
            frame.lessonPlayer().start(io.infraviz.scenario.lesson.ScenarioFile.builtIn("primary-dies"));
        });
        nextButton("Go on").click();
        await("step 1 checked", () -> frame.lessonPlayer().status().contains("✓ all requests succeed"));
        nextButton("Next step").click();
        // Step 2 asks for a prediction before it cuts the replication link.
        choose("Nothing fails");
        nextButton("Check").click();
        nextButton("Continue").click();
        nextButton("Do it").click();
        await("step 2 checked", () -> frame.lessonPlayer().status().contains("✓ some reads are stale"));
        assertThat(GuiActionRunner.execute(() -> frame.driver().simulation().linkCut("web-01.mysql->web-02.mysql"))).isTrue();
        nextButton("Next step").click();
        choose("Writes fail, reads go on");
        nextButton("Check").click();
        nextButton("Continue").click();
        nextButton("Do it").click();
        await("step 3 checked", () -> frame.lessonPlayer().status().contains("✓ all writes fail"));
        assertThat(GuiActionRunner.execute(() -> frame.driver().simulation().status("web-01.mysql"))).isEqualTo(ComponentStatus.KILLED);
    }

    private void choose(String prefix) {
        window.radioButton(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JRadioButton>(javax.swing.JRadioButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JRadioButton b) {
                return b.getText().replaceAll("<[^>]+>", "").startsWith(prefix) && b.isShowing();
            }
        }).click();
    }

    private org.assertj.swing.fixture.JButtonFixture nextButton(String text) {
        return window.button(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JButton b) {
                return text.equals(b.getText()) && b.isShowing() && b.isEnabled();
            }
        });
    }

    private void clickCell(String id) {
        Point p = GuiActionRunner.execute(() -> {
            mxCellState s = frame.diagramView().diagram().graph().getView().getState(frame.diagramView().diagram().cellOf(id));
            return new Point((int) s.getCenterX(), (int) s.getCenterY());
        });
        robot.click(frame.diagramView().getGraphControl(), p);
    }
}
