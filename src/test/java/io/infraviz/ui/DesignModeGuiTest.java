package io.infraviz.ui;

import io.infraviz.model.Design;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.scenario.DesignCheck;
import io.infraviz.sim.lb.BackendServer;
import io.infraviz.sim.world.ServerHealth;
import io.infraviz.ui.design.DesignEditor;
import io.infraviz.ui.design.DesignPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Design mode in the real window, driven as a person drives it: from an empty canvas, servers and
 * parts dragged from the palette, links dragged between parts, the Primary chosen; Run, traffic on
 * both web servers, one Nginx killed and HAProxy marking its server DOWN; a deletion undone and
 * redone with the keys.
 */
@Tag("gui")
class DesignModeGuiTest {
    @BeforeAll
    static void display() {
        assumeFalse(GraphicsEnvironment.isHeadless());
    }

    @Test
    void aDesignDrawnFromAnEmptyCanvasRunsAndBreaks() throws Exception {
        try (AppWindow w = AppWindow.open(1920, 1080)) {
            DesignPane pane = w.enterDesignMode();
            DesignEditor editor = pane.editor();
            w.run(() -> pane.startFrom(Design.empty()));
            java.awt.Robot r = new java.awt.Robot();
            r.setAutoDelay(15);
            Drawing d = new Drawing(w, r, editor);

            d.drop("server", 250, 300);
            d.drop("server", 650, 150);
            d.drop("server", 650, 470);
            d.drop("users", 70, 300);
            d.dropOn("haproxy", "server-01");
            for (String s : new String[] {"server-02", "server-03"}) {
                d.dropOn("nginx", s);
                d.dropOn("app", s);
                d.dropOn("files", s);
                d.dropOn("mysql", s);
            }
            assertThat(w.onEdt(() -> editor.design().parts()).stream().map(c -> c.role()))
                    .containsExactlyInAnyOrder(Role.CLIENT, Role.LOAD_BALANCER, Role.WEB_SERVER, Role.WEB_SERVER,
                            Role.APP_SERVER, Role.APP_SERVER, Role.APP_FILES, Role.APP_FILES, Role.DATABASE, Role.DATABASE);

            // a server's Nginx, App server and App files were linked as they arrived, as every stage wires them
            assertThat(w.onEdt(() -> editor.design().links())).containsExactlyInAnyOrder(
                    new Link("server-02.nginx", "server-02.app", LinkPurpose.HTTP),
                    new Link("server-02.app", "server-02.files", LinkPurpose.FILES),
                    new Link("server-03.nginx", "server-03.app", LinkPurpose.HTTP),
                    new Link("server-03.app", "server-03.files", LinkPurpose.FILES));
            d.connect("users", "server-01.haproxy");
            for (String s : new String[] {"server-02", "server-03"}) {
                d.connect("server-01.haproxy", s + ".nginx");
                d.connect(s + ".app", "server-02.mysql");
                d.connect(s + ".app", "server-03.mysql");
            }
            // drawn from the Replica to the Primary-to-be: the replication runs the way it was drawn
            d.connect("server-03.mysql", "server-02.mysql");
            assertThat(w.onEdt(() -> DesignCheck.primary(editor.design()))).isEqualTo("server-03.mysql");
            // the Primary is set in the properties
            d.click("server-02.mysql");
            w.window.button("design.makePrimary").click();
            assertThat(w.onEdt(() -> DesignCheck.primary(editor.design()))).isEqualTo("server-02.mysql");
            assertThat(w.onEdt(editor::problems)).isEmpty();

            w.window.button("design.run").requireEnabled().click();
            w.await("the design running", () -> w.frame.driver().simulation().topology().host("server-03").isPresent()
                    && w.frame.driver().simulation().counters().server("server-02").served() > 0
                    && w.frame.driver().simulation().counters().server("server-03").served() > 0);

            w.clickCell("server-02.nginx");
            w.await("HAProxy marking server-02 DOWN", () -> w.frame.driver().simulation().backendServers().stream()
                    .filter(b -> b.name().equals("server-02")).map(BackendServer::state).findFirst()
                    .orElse(null) == ServerHealth.DOWN);
        }
    }

    @Test
    void aDeletionIsUndoneAndRedoneWithTheKeys() throws Exception {
        try (AppWindow w = AppWindow.open(1920, 1080)) {
            DesignPane pane = w.enterDesignMode();
            DesignEditor editor = w.onEdt(pane::editor);
            Drawing d = new Drawing(w, new java.awt.Robot(), editor);
            d.click("web-02.files");
            w.robot.pressAndReleaseKeys(KeyEvent.VK_DELETE);
            w.await("the app files gone", () -> editor.boundsOf("web-02.files") == null);
            w.ctrl(KeyEvent.VK_Z);
            w.await("the app files back", () -> editor.boundsOf("web-02.files") != null
                    && editor.boundsOf("web-02.app->web-02.files") != null);
            w.ctrl(KeyEvent.VK_Y);
            w.await("the app files gone again", () -> editor.boundsOf("web-02.files") == null);
            // nothing more to redo, and undoing past the beginning says so rather than failing
            w.ctrl(KeyEvent.VK_Y);
            for (int i = 0; i < 3; i++) {
                w.ctrl(KeyEvent.VK_Z);
            }
            w.await("the design as it started", () -> editor.boundsOf("web-02.files") != null && !editor.canUndo());
        }
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        try (AppWindow w = AppWindow.open(1920, 1080)) {
            DesignPane pane = w.enterDesignMode();
            DesignEditor editor = w.onEdt(pane::editor);
            w.run(() -> {
                editor.select("web-02.files");
                editor.deleteSelection();
            });
            w.window.button("design.back").click();
            answer(w, UnsavedWork.CANCEL);
            assertThat(w.onEdt(() -> w.frame.design().on())).as("still drawing after Cancel").isTrue();
            assertThat(w.onEdt(() -> editor.boundsOf("web-02.files"))).as("the change kept").isNull();

            w.window.button("design.back").click();
            answer(w, UnsavedWork.DONT_SAVE);
            w.await("back in the live view", () -> !w.frame.design().on());
            assertThat(w.onEdt(() -> w.frame.driver().simulation().topology().component("web-02.files")))
                    .as("the run as it was").isPresent();
        }
    }

    /** Presses an answer of the unsaved-changes question (on the EDT: a robot click can land while the dialog is placed). */
    private static void answer(AppWindow w, String answer) {
        answer(w, UnsavedWork.TITLE, answer);
    }

    /** Presses an answer of the question with this title. */
    static void answer(AppWindow w, String title, String answer) {
        org.assertj.swing.fixture.DialogFixture d = org.assertj.swing.finder.WindowFinder
                .findDialog(new org.assertj.swing.core.GenericTypeMatcher<>(javax.swing.JDialog.class) {
                    @Override
                    protected boolean isMatching(javax.swing.JDialog dialog) {
                        return title.equals(dialog.getTitle()) && dialog.isShowing();
                    }
                }).withTimeout(10_000).using(w.robot);
        javax.swing.JButton b = d.button(UnsavedWorkGuiTest.withText(answer)).target();
        w.run(b::doClick);
        w.await("the question answered", () -> !d.target().isShowing());
    }

    /** Gestures on the design canvas with stepped moves (a drag needs the moves between press and release). */
    private static final class Drawing {
        private final AppWindow w;
        private final java.awt.Robot r;
        private final DesignEditor editor;

        Drawing(AppWindow w, java.awt.Robot r, DesignEditor editor) {
            this.w = w;
            this.r = r;
            this.editor = editor;
        }

        /** Drags a palette entry to a point of the canvas. */
        void drop(String stem, int x, int y) {
            JComponent button = (JComponent) w.window.toggleButton("palette." + stem).target();
            Point from = w.onEdt(() -> {
                Point p = new Point(button.getWidth() / 2, button.getHeight() / 2);
                SwingUtilities.convertPointToScreen(p, button);
                return p;
            });
            drag(from, screen(new Point(x, y)));
        }

        /** Drags a palette entry onto a server. */
        void dropOn(String stem, String server) {
            Rectangle b = w.onEdt(() -> editor.boundsOf(server));
            drop(stem, (int) b.getCenterX(), (int) b.getCenterY() + 10);
        }

        /** Drags from the middle of one part to the middle of another. */
        void connect(String from, String to) {
            int before = w.onEdt(() -> editor.design().links().size());
            drag(screen(centre(from)), screen(centre(to)));
            w.await("a link from " + from + " to " + to, () -> editor.design().links().size() == before + 1);
        }

        void click(String id) {
            Point p = screen(centre(id));
            // hover first, from a little way off: the canvas marks the part under the mouse as it moves
            for (int i = 3; i >= 0; i--) {
                r.mouseMove(p.x - 6 * i, p.y - 4 * i);
                settle();
            }
            r.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            r.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            settle();
            w.await(id + " selected", () -> id.equals(editor.selectedId()));
        }

        private Point centre(String id) {
            Rectangle b = w.onEdt(() -> editor.boundsOf(id));
            assertThat(b).as(id + " on the canvas").isNotNull();
            return new Point((int) b.getCenterX(), (int) b.getCenterY());
        }

        private Point screen(Point inControl) {
            return w.onEdt(() -> {
                Point p = new Point(inControl);
                SwingUtilities.convertPointToScreen(p, editor.graphControl());
                return p;
            });
        }

        /**
         * Lets the robot's last action reach the canvas: its own delay for the event to arrive, then
         * one pass of the event queue. (java.awt.Robot.waitForIdle waits for a queue that is never
         * idle here, since the app's timer posts an event every frame, and gives up after seconds.)
         */
        private void settle() {
            r.delay(30);
            w.run(() -> { });
        }

        private void drag(Point a, Point b) {
            r.mouseMove(a.x, a.y);
            settle();
            r.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            settle();
            for (int i = 1; i <= 10; i++) {
                r.mouseMove(a.x + (b.x - a.x) * i / 10, a.y + (b.y - a.y) * i / 10);
                settle();
            }
            r.mouseMove(b.x, b.y);
            settle();
            r.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            settle();
            w.robot.waitForIdle();
        }
    }
}
