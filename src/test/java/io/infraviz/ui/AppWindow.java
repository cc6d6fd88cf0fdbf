package io.infraviz.ui;

import com.mxgraph.view.mxCellState;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import io.infraviz.scenario.lesson.ScenarioFile;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JButtonFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

import javax.swing.JButton;
import javax.swing.JRadioButton;
import java.awt.Point;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window for a test, used as a person uses it: opened at a screen size, driven with the
 * robot's clicks and keys, and closed with a check that no exception escaped on the EDT.
 */
final class AppWindow implements AutoCloseable {
    final Robot robot;
    final FrameFixture window;
    final MainFrame frame;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private final Thread.UncaughtExceptionHandler previousHandler;
    private final AtomicLong frames = new AtomicLong();
    /** The app's config folder for this window: a new temporary one, never the user's. */
    final Path configFolder;
    private final String previousConfigFolder;

    private AppWindow(Stages stage, int width, int height, Path configFolder) {
        this.configFolder = configFolder;
        previousConfigFolder = System.getProperty(ConfigFolder.PROPERTY);
        System.setProperty(ConfigFolder.PROPERTY, configFolder.toString());
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        // The app's timer posts events every frame, so the event queue is never idle: do not wait
        // the default 10 s for an idleness that never comes after each robot action.
        robot.settings().idleTimeout(300);
        frame = GuiActionRunner.execute(() -> {
            Themes.install(false, false);
            Themes themes = Themes.forTheSession();
            MainFrame f = MainFrame.open(stage.topology(), Preset.CLASSROOM.settings(), themes, FirstDiagram.none());
            if (width > 0) {
                f.setSize(width, height);
                f.setLocation(0, 0);
                f.validate();
            }
            f.driver().addFrameListener((sim, events, rebuilt) -> frames.incrementAndGet());
            return f;
        });
        window = new FrameFixture(robot, frame);
        // The side tabs and the charts are built after the first frame: a test starts when a person could.
        await("the side tabs and the charts", frame::complete);
        window.focus();
        robot.moveMouse(frame, new Point(5, 5));
        robot.waitForIdle();
    }

    /** The window at the size it opens at on this display. */
    static AppWindow open() {
        return open(Stages.DISTRIBUTED);
    }

    /** The window on another stage than the distributed one it starts with, at the size it opens at. */
    static AppWindow open(Stages stage) {
        return new AppWindow(stage, 0, 0, newConfigFolder());
    }

    /** The window with the app's config folder here (a test puts a recovery file in it first). */
    static AppWindow openWithConfigFolder(Path configFolder) {
        return new AppWindow(Stages.DISTRIBUTED, 0, 0, configFolder);
    }

    static Path newConfigFolder() {
        try {
            return Files.createTempDirectory("infraviz-config");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The window at a screen size: 1366×768 (a classroom laptop), 1920×1080 (a projector). */
    static AppWindow open(int width, int height) {
        return new AppWindow(Stages.DISTRIBUTED, width, height, newConfigFolder());
    }

    @Override
    public void close() {
        try {
            window.cleanUp();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previousHandler);
            if (previousConfigFolder == null) {
                System.clearProperty(ConfigFolder.PROPERTY);
            } else {
                System.setProperty(ConfigFolder.PROPERTY, previousConfigFolder);
            }
        }
        assertThat(uncaught).as("exceptions that escaped on the EDT").isEmpty();
    }

    /** Waits (up to 30 s) until {@code ok} holds on the EDT. */
    void await(String what, BooleanSupplier ok) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(ok::getAsBoolean);
            }
        }, Timeout.timeout(30_000));
    }

    /** Lets {@code n} frames of the app's timer go by: the way a test waits while a teacher talks. */
    void letFramesPass(int n) {
        long target = frames.get() + n;
        await(n + " frames", () -> frames.get() >= target);
    }

    <T> T onEdt(Supplier<T> s) {
        return GuiActionRunner.execute(s::get);
    }

    void run(Runnable r) {
        GuiActionRunner.execute(r::run);
    }

    long now() {
        return onEdt(() -> frame.driver().simulation().now());
    }

    /** Presses Ctrl with a key, as a person does. */
    void ctrl(int keyCode) {
        holdingCtrl(() -> robot.pressAndReleaseKeys(keyCode));
    }

    /** Does {@code action} (a key, a turn of the wheel) with Ctrl held down, and lets Ctrl go whatever happens. */
    void holdingCtrl(Runnable action) {
        robot.pressKey(java.awt.event.KeyEvent.VK_CONTROL);
        try {
            action.run();
        } finally {
            robot.releaseKey(java.awt.event.KeyEvent.VK_CONTROL);
        }
    }

    /** A showing, enabled button with exactly this text. */
    JButtonFixture button(String text) {
        GenericTypeMatcher<JButton> matcher = new GenericTypeMatcher<>(JButton.class) {
            @Override
            protected boolean isMatching(JButton b) {
                return text.equals(b.getText()) && b.isShowing() && b.isEnabled();
            }
        };
        // As a person does: wait for the button to appear (panels are laid out after the event that shows them).
        await("a button '" + text + "'", () -> !robot.finder().findAll(frame, matcher).isEmpty());
        JButtonFixture button = window.button(matcher);
        run(() -> button.target().scrollRectToVisible(new java.awt.Rectangle(button.target().getSize())));
        robot.waitForIdle();
        return button;
    }

    /**
     * Presses a showing, enabled button on the EDT, as a click would: for steps whose click only
     * leads somewhere (a robot's click can be lost on a loaded machine, and the test then waits
     * for the wrong thing). Use {@link #button} where the click itself is what is tested.
     */
    void press(String text) {
        JButtonFixture b = button(text);
        run(() -> b.target().doClick());
    }

    /**
     * Enters design mode with the toolbar's button pressed on the EDT (what is tested is drawing; a
     * lost robot click failed this on a loaded machine) and returns the drawing pane once it is there.
     */
    io.infraviz.ui.design.DesignPane enterDesignMode() {
        press("Design mode");
        await("design mode", () -> frame.design().pane() != null);
        return onEdt(() -> frame.design().pane());
    }

    /** Clicks the showing answer that starts with {@code prefix}. */
    void choose(String prefix) {
        window.radioButton(new GenericTypeMatcher<>(JRadioButton.class) {
            @Override
            protected boolean isMatching(JRadioButton b) {
                return b.getText().replaceAll("<[^>]+>", "").startsWith(prefix) && b.isShowing();
            }
        }).click();
    }

    /** Answers the open prediction with its first choice: Check, then Continue. */
    void answerPrediction() {
        JRadioButton first = onEdt(() -> firstChoice(frame.getContentPane()));
        assertThat(first).as("a prediction to answer").isNotNull();
        // A person scrolls the lesson to the question when it is taller than its share.
        run(() -> first.scrollRectToVisible(new java.awt.Rectangle(first.getSize())));
        robot.waitForIdle();
        robot.click(first);
        button("Check").click();
        button("Continue").click();
    }

    /** Answers the open prediction with the choice that starts with {@code prefix}: Check, then Continue. */
    void answerPrediction(String prefix) {
        choose(prefix);
        button("Check").click();
        button("Continue").click();
    }

    private static JRadioButton firstChoice(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof JRadioButton b && b.isShowing() && b.isEnabled()) {
                return b;
            }
            if (child instanceof java.awt.Container inner) {
                JRadioButton found = firstChoice(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    void startLesson(String name) {
        run(() -> frame.lessonPlayer().start(ScenarioFile.builtIn(name)));
    }

    /** Clicks the centre of a component's cell on the diagram. */
    void clickCell(String id) {
        clickCell(id, 0);
    }

    /**
     * Clicks a component's cell {@code dx} px right of its centre: a second click a moment after the
     * first lands a little apart, as a person's does, so it is not taken for a double click.
     */
    void clickCell(String id, int dx) {
        Point p = cellCentre(id);
        p.translate(dx, 0);
        robot.click(frame.diagramView().getGraphControl(), p);
    }

    /** The centre of a component's cell, in the diagram's graph control (where a click or a hover lands). */
    Point cellCentre(String id) {
        return onEdt(() -> {
            mxCellState s = frame.diagramView().diagram().graph().getView().getState(frame.diagramView().diagram().cellOf(id));
            return new Point((int) s.getCenterX(), (int) s.getCenterY());
        });
    }
}
