package io.infraviz.ui;

import io.infraviz.model.CheckType;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.sim.world.ComponentStatus;
import org.assertj.swing.core.GenericTypeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JSpinner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The window used the way a teacher uses it in class: presentation mode, a lesson on a small
 * screen with pauses to talk, settings changed by a lesson and then by hand, shortcuts pressed
 * with the focus somewhere else. Each test pins one thing that broke in a classroom.
 */
@Tag("gui")
class ClassroomGuiTest {

    @BeforeEach
    void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
    }

    /** Presentation mode disposed the frame, and the window's close handler then stopped the clock for good. */
    @Test
    void presentationModeKeepsTheClockRunningInAndOut() {
        try (AppWindow app = AppWindow.open()) {
            app.robot.pressAndReleaseKeys(KeyEvent.VK_F11);
            app.await("presentation mode", () -> app.frame.presentation() && app.frame.isShowing());
            long in = app.now();
            app.await("the clock moves in presentation mode", () -> app.frame.driver().simulation().now() > in + 1_000_000);
            app.robot.pressAndReleaseKeys(KeyEvent.VK_F11);
            app.await("normal mode", () -> !app.frame.presentation() && app.frame.isShowing());
            app.await("the side panel and the charts are back at their size", () -> app.frame.sidePanel().isShowing()
                    && app.frame.sidePanel().getWidth() >= 300 && app.frame.bottomPanel().getHeight() >= 150);
            long out = app.now();
            app.await("the clock moves after leaving it", () -> app.frame.driver().simulation().now() > out + 1_000_000);
            // Escape leaves it too, and Reset keeps the clock going.
            app.robot.pressAndReleaseKeys(KeyEvent.VK_F11);
            app.await("presentation again", () -> app.frame.presentation() && app.frame.isShowing());
            app.robot.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
            app.await("left with Escape", () -> !app.frame.presentation() && app.frame.isShowing());
            app.run(() -> app.frame.driver().reset());
            app.await("the clock moves after a reset", () -> app.frame.driver().simulation().now() > 1_000_000);
        }
    }

    /** A question under the diagram squeezed it to an 80 px strip on a laptop. */
    @Test
    void aLessonQuestionLeavesTheDiagramHalfOfALaptopScreen() {
        try (AppWindow app = AppWindow.open(1366, 768)) {
            app.startLesson("primary-dies");
            app.run(() -> app.frame.driver().setSpeed(10));
            // Pressed on the EDT: a robot's click on "Go on" was lost once in CI and "Next step" never came.
            app.press("Go on");
            app.press("Next step");
            app.await("the prediction is showing", () -> app.frame.lessonPlayer().asking());
            app.robot.waitForIdle();
            int diagram = app.onEdt(() -> app.frame.diagramView().getHeight());
            assertThat(diagram).as("diagram height at 1366x768 with a question").isGreaterThanOrEqualTo(768 / 2);
            double labelPx = app.onEdt(() -> 13 * app.frame.diagramView().diagram().graph().getView().getScale());
            assertThat(labelPx).as("component label size in px").isGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void aLessonQuestionKeepsProjectorLabelsReadable() {
        try (AppWindow app = AppWindow.open(1920, 1080)) {
            app.startLesson("primary-dies");
            app.run(() -> app.frame.driver().setSpeed(10));
            app.press("Go on");
            app.press("Next step");
            app.await("the prediction is showing", () -> app.frame.lessonPlayer().asking());
            app.robot.waitForIdle();
            assertThat(app.onEdt(() -> app.frame.diagramView().getHeight())).isGreaterThanOrEqualTo(1080 / 2);
            double labelPx = app.onEdt(() -> 13 * app.frame.diagramView().diagram().graph().getView().getScale());
            assertThat(labelPx).as("component label size in px").isGreaterThanOrEqualTo(11);
        }
    }

    /** A lesson switched the check to HTTP; Controls kept showing TCP and wrote it back on the next change. */
    @Test
    void controlsFollowALessonsSettingsAndNeverWriteStaleOnesBack() {
        try (AppWindow app = AppWindow.open()) {
            JComboBox<?> check = app.window.comboBox("check").target();
            app.run(() -> app.frame.driver().updateSettings(s -> s.withLb(s.lb().withCheck(CheckType.TCP))));
            app.await("Controls show TCP", () -> check.getSelectedItem() == CheckType.TCP);
            // As a lesson's timed action does: the change takes effect later in the run.
            app.run(() -> {
                var d = app.frame.driver();
                d.updateSettingsAt(d.simulation().now() + 500_000, st -> st.withLb(st.lb().withCheck(CheckType.HTTP)));
            });
            app.await("Controls show HTTP once it took effect", () -> check.getSelectedItem() == CheckType.HTTP);
            JSpinner rate = app.window.spinner("rate").target();
            app.run(() -> rate.setValue(((Number) rate.getValue()).doubleValue() + 1));
            app.await("the new rate is live", () -> Math.abs(app.frame.driver().settings().traffic().requestsPerSecond()
                    - ((Number) rate.getValue()).doubleValue()) < 0.01);
            assertThat(app.onEdt(() -> app.frame.driver().settings().lb().check())).isEqualTo(CheckType.HTTP);
        }
    }

    /** With a chart focused, Ctrl+E opened the chart library's own export chooser and F10 opened the File menu. */
    @Test
    void shortcutsReachTheWindowWhateverHasTheFocus() {
        try (AppWindow app = AppWindow.open()) {
            app.robot.click(app.frame.charts().getComponent(0));
            app.ctrl(KeyEvent.VK_E);
            java.awt.Dialog export = app.window.dialog(new GenericTypeMatcher<>(JDialog.class) {
                @Override
                protected boolean isMatching(JDialog d) {
                    return d instanceof ExportDialog && d.isShowing();
                }
            }).target();
            app.robot.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
            app.await("Escape closes the export dialog", () -> !export.isShowing());
            app.robot.click(app.frame.charts().getComponent(0));
            app.robot.pressAndReleaseKeys(KeyEvent.VK_F12);
            app.await("the charts and log are hidden", () -> !app.frame.bottomPanel().isVisible());
            assertThat(app.onEdt(() -> app.frame.getJMenuBar().getMenu(0).isPopupMenuVisible())).isFalse();
            app.robot.pressAndReleaseKeys(KeyEvent.VK_F12);
            app.await("and back", () -> app.frame.bottomPanel().isVisible());
            // Space typed in a number field is a space in the field, not Pause.
            app.window.spinner("rate").target();
            app.robot.click(((JSpinner.DefaultEditor) app.window.spinner("rate").target().getEditor()).getTextField());
            app.robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
            app.letFramesPass(5);
            assertThat(app.onEdt(() -> app.frame.driver().playing())).as("still playing").isTrue();
            // Elsewhere Space is Pause: on the diagram's empty corner, say.
            app.robot.click(app.frame.diagramView().getGraphControl(), new java.awt.Point(4, 4));
            app.robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
            app.await("paused by Space", () -> !app.frame.driver().playing());
        }
    }

    /** Back landed after the step's action: the revived Primary was already up when the question came again. */
    @Test
    void lessonBackReturnsToTheMomentBeforeTheStepRan() {
        try (AppWindow app = AppWindow.open()) {
            app.startLesson("primary-dies");
            app.run(() -> app.frame.driver().setSpeed(10));
            app.press("Go on");
            app.press("Next step");
            app.answerPrediction();
            app.press("Do it");
            app.press("Next step");
            app.answerPrediction();
            app.press("Do it");
            app.await("the Primary is killed", () -> app.frame.driver().simulation().status("web-01.mysql") == ComponentStatus.KILLED);
            app.press("Back");
            app.await("back at the step", () -> app.frame.lessonPlayer().asking());
            assertThat(app.onEdt(() -> app.frame.driver().simulation().status("web-01.mysql")))
                    .as("the Primary before the step's kill").isEqualTo(ComponentStatus.RUNNING);
            app.answerPrediction();
            app.press("Do it");
            app.await("killed again by Do it", () -> app.frame.driver().simulation().status("web-01.mysql") == ComponentStatus.KILLED);
            app.await("the step's effects ticked", () -> app.frame.lessonPlayer().status().contains("✓ all writes fail"));
            assertThat(app.onEdt(() -> app.frame.lessonPlayer().status())).doesNotContain("✗");
        }
    }

    /** The run went on while a teacher talked, so dns-dies' "all requests succeed until the TTL" failed. */
    @Test
    void aLessonWaitsForTheTeacherAndItsTimingsHoldAfterALongPause() {
        try (AppWindow app = AppWindow.open()) {
            app.startLesson("dns-dies");
            app.run(() -> app.frame.driver().setSpeed(10));
            long shown = app.now();
            app.letFramesPass(60);
            assertThat(app.now()).as("no time passes while the step is read").isEqualTo(shown);
            app.press("Go on");
            app.press("Next step");
            app.answerPrediction();
            long asked = app.now();
            app.letFramesPass(60);
            assertThat(app.now()).as("no time passes while a prediction is open").isEqualTo(asked);
            app.press("Do it");
            app.await("step 2 checked", () -> app.frame.lessonPlayer().status().contains("✓ all requests succeed"));
            long done = app.now();
            app.letFramesPass(60);
            assertThat(app.now()).as("no time passes while the class looks at the result").isEqualTo(done);
            assertThat(app.onEdt(() -> app.frame.lessonPlayer().status())).doesNotContain("✗");
            // The lesson's own Resume lets the run go on.
            app.press("Resume");
            app.await("running again", () -> app.frame.driver().simulation().now() > done);
        }
    }

    /** The Stage menu kept marking Distributed after a lesson loaded another stage. */
    @Test
    void theStageMenuFollowsTheStageALessonLoads() {
        try (AppWindow app = AppWindow.open()) {
            assertThat(app.onEdt(app.frame::stageShown)).isEqualTo("distributed");
            app.startLesson("no-firewall");
            String stage = app.onEdt(() -> app.frame.driver().simulation().topology().name());
            app.await("the menu marks " + stage, () -> app.frame.stageShown().equals(stage));
            app.window.menuItemWithPath("View", "Stage", io.infraviz.scenario.Stages.ONE_SERVER.title()).click();
            app.await("the menu marks one-server", () -> app.frame.stageShown().equals("one-server"));
        }
    }

    @Test
    void ctrlZUndoesTheLastFault() {
        try (AppWindow app = AppWindow.open()) {
            app.run(() -> app.frame.driver().apply(new Fault(FaultAction.KILL, "web-02.nginx")));
            app.ctrl(KeyEvent.VK_Z);
            app.await("revived", () -> app.frame.driver().simulation().status("web-02.nginx") == ComponentStatus.RUNNING);
            // A promotion has no inverse: undo goes back to just before it.
            app.run(() -> app.frame.driver().apply(new Fault(FaultAction.KILL, "web-01.mysql")));
            app.letFramesPass(3);
            long before = app.onEdt(() -> {
                long t = app.frame.driver().simulation().now();
                app.frame.driver().apply(new Fault(FaultAction.PROMOTE, "web-02.mysql"));
                return t;
            });
            app.letFramesPass(3);
            app.ctrl(KeyEvent.VK_Z);
            app.await("back before the promotion", () -> app.frame.driver().simulation().now() == before
                    && app.frame.driver().moment().actions().stream().noneMatch(a -> "promote:web-02.mysql".equals(a.fault())));
            assertThat(app.onEdt(() -> app.frame.driver().simulation().status("web-01.mysql"))).isEqualTo(ComponentStatus.KILLED);
        }
    }
}
