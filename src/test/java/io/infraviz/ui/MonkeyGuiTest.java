package io.infraviz.ui;

import io.infraviz.sim.Invariants;
import io.infraviz.sim.Simulation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Thousands of random clicks, keys and menu choices, as a restless student makes them, at a
 * laptop's and a projector's size. File dialogs and Quit are left out (they wait for a person).
 * Afterwards nothing escaped on the EDT, no dialog reported a problem, the engine's invariants
 * held throughout, and the clock still moves when playing. The seed is printed to replay a failure.
 */
@Tag("gui")
class MonkeyGuiTest {
    private static final int ACTIONS = 1500;
    /** Keys a person presses; Ctrl+O, Ctrl+S, Ctrl+E, F1 and Ctrl+Q open dialogs or quit and are left out. */
    private static final int[][] KEYS = {
            {KeyEvent.VK_SPACE}, {KeyEvent.VK_RIGHT}, {KeyEvent.VK_LEFT}, {KeyEvent.VK_OPEN_BRACKET},
            {KeyEvent.VK_CLOSE_BRACKET}, {KeyEvent.VK_F11}, {KeyEvent.VK_ESCAPE}, {KeyEvent.VK_F9}, {KeyEvent.VK_F12},
            {KeyEvent.VK_ENTER}, {KeyEvent.VK_TAB}, {KeyEvent.VK_UP}, {KeyEvent.VK_DOWN}, {KeyEvent.VK_5},
            {KeyEvent.VK_CONTROL, KeyEvent.VK_Z}, {KeyEvent.VK_CONTROL, KeyEvent.VK_R}, {KeyEvent.VK_CONTROL, KeyEvent.VK_D},
            {KeyEvent.VK_CONTROL, KeyEvent.VK_I}};

    private static final java.util.Set<String> SAVE_CHOOSERS = java.util.Set.of("Save the design", "Save the run");

    @BeforeEach
    void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 768", "1920, 1080"})
    void randomUseBreaksNothing(int width, int height) throws Exception {
        long seed = Long.getLong("monkey.seed", System.nanoTime());
        System.out.println("MonkeyGuiTest " + width + "x" + height + " seed " + seed + " (replay with -Dmonkey.seed=" + seed + ")");
        Random random = new Random(seed);
        try (AppWindow app = AppWindow.open(width, height)) {
            List<String> dialogs = new ArrayList<>();
            Simulation[] checked = new Simulation[1];
            app.run(() -> app.frame.driver().addFrameListener((view, events, rebuilt) -> {
                // The views get a read-only view; the invariants listen to the run itself.
                // The view is the run itself; the test reaches behind it, as the window never does.
                Simulation sim = (Simulation) app.frame.driver().simulation();
                if (sim != checked[0]) {
                    checked[0] = sim;
                    sim.addListener(new Invariants(sim));
                }
            }));
            Robot robot = new Robot();
            robot.setAutoDelay(2);
            for (int i = 0; i < ACTIONS; i++) {
                switch (random.nextInt(10)) {
                    case 0, 1, 2, 3 -> click(app, robot, random, InputEvent.BUTTON1_DOWN_MASK);
                    case 4 -> click(app, robot, random, InputEvent.BUTTON3_DOWN_MASK);
                    case 5, 6, 7 -> press(robot, KEYS[random.nextInt(KEYS.length)]);
                    default -> app.run(() -> chooseMenuItem(app.frame, random));
                }
                if (i % 25 == 0) {
                    app.run(() -> closeDialogs(app.frame, dialogs));
                }
            }
            app.run(() -> closeDialogs(app.frame, dialogs));
            assertThat(dialogs).as("dialogs that appeared (seed " + seed + ")").isEmpty();
            // A lesson pauses the run when a step has shown its effects: that is its job, so the
            // clock is checked with any lesson the monkey started closed, as a student would.
            app.run(() -> {
                if (app.frame.presentation()) {
                    app.frame.setPresentation(false);
                }
                app.frame.lessonPlayer().close();
                app.frame.driver().setSpeed(1);
                app.frame.driver().play();
            });
            long t = app.now();
            try {
                app.await("the clock advances when playing (seed " + seed + ")", () -> app.frame.driver().simulation().now() > t + 200_000);
            } catch (org.assertj.swing.exception.WaitTimedOutError e) {
                throw new AssertionError("the clock stood still (seed " + seed + "): " + app.onEdt(() -> state(app.frame, t)), e);
            }
        }
    }

    private static String state(MainFrame frame, long before) {
        SimulationDriver d = frame.driver();
        return "playing " + d.playing() + ", behind " + d.behind() + ", speed " + d.speed() + ", now " + d.simulation().now()
                + " (was " + before + "), lesson " + frame.lessonPlayer().active() + ", presentation " + frame.presentation()
                + ", showing " + frame.isShowing();
    }

    /** A click somewhere in the window (not on the menu bar: menus are chosen from their items). */
    private static void click(AppWindow app, Robot robot, Random random, int button) throws Exception {
        Point target = onEdt(() -> {
            Window w = app.frame;
            Rectangle inside = app.frame.getContentPane().getBounds();
            Point origin = app.frame.getContentPane().getLocationOnScreen();
            int x = random.nextInt(Math.max(1, inside.width));
            int y = random.nextInt(Math.max(1, inside.height));
            Component c = SwingUtilities.getDeepestComponentAt(app.frame.getContentPane(), x, y);
            // Buttons that open a file chooser wait for a person; they are the ones named "...".
            if (c instanceof AbstractButton b && b.getText() != null && b.getText().endsWith("...") || !w.isShowing()) {
                return null;
            }
            return new Point(origin.x + x, origin.y + y);
        });
        if (target != null) {
            robot.mouseMove(target.x, target.y);
            robot.mousePress(button);
            robot.mouseRelease(button);
        }
        if (button == InputEvent.BUTTON3_DOWN_MASK) {
            robot.keyPress(KeyEvent.VK_ESCAPE);
            robot.keyRelease(KeyEvent.VK_ESCAPE);
        }
    }

    private static void press(Robot robot, int[] keys) {
        for (int k : keys) {
            robot.keyPress(k);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.keyRelease(keys[i]);
        }
    }

    /** A random item of the View and Simulation menus (File opens dialogs, Help shows them). */
    private static void chooseMenuItem(MainFrame frame, Random random) {
        List<JMenuItem> items = new ArrayList<>();
        for (int m = 1; m <= 2; m++) {
            collect(frame.getJMenuBar().getMenu(m), items);
        }
        JMenuItem item = items.get(random.nextInt(items.size()));
        if (item.isEnabled()) {
            item.doClick(0);
        }
    }

    private static void collect(JMenu menu, List<JMenuItem> into) {
        for (Component c : menu.getMenuComponents()) {
            if (c instanceof JMenu sub) {
                collect(sub, into);
            } else if (c instanceof JMenuItem item) {
                into.add(item);
            }
        }
    }

    /**
     * A dialog the monkey did not ask for is a problem the app reported: it is noted and closed.
     * The question before a lesson replaces unsaved work (or before design mode drops a drawing)
     * is expected: closing it cancels.
     */
    private static void closeDialogs(MainFrame frame, List<String> seen) {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing()) {
                // answering that question "Save" (Enter picks it) opens the file chooser of what is saved
                if (!UnsavedWork.TITLE.equals(d.getTitle()) && !SAVE_CHOOSERS.contains(d.getTitle())) {
                    seen.add(d.getTitle());
                }
                d.dispose();
            }
        }
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> c) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result[0] = c.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
