package io.infraviz.ui;

import io.infraviz.model.Component;
import io.infraviz.model.Design;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.ui.design.DesignPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A drawn design and the rest of the window, in the real window: the Issues tab finds a database
 * on its own server as a single point of failure for all requests; design mode during a lesson
 * asks and ends the lesson; a lesson plays on the design running now when the parts it names are
 * there, and is refused, naming the part and the design, when one is not.
 */
@Tag("gui")
class DesignRunGuiTest {
    @BeforeAll
    static void display() {
        assumeFalse(GraphicsEnvironment.isHeadless());
    }

    @Test
    void aDatabaseOnItsOwnServerIsASinglePointOfFailureForAllRequests() {
        try (AppWindow w = AppWindow.open(1920, 1080)) {
            DesignPane pane = w.enterDesignMode();
            w.run(() -> pane.startFrom(oneDatabaseServer()));
            assertThat(w.onEdt(() -> pane.editor().problems())).isEmpty();
            w.window.button("design.run").requireEnabled().click();
            w.await("the design running", () -> w.frame.driver().simulation().topology().host("db-01").isPresent());
            selectTab(w, "Issues");
            org.assertj.swing.fixture.JTextComponentFixture all = w.window.textBox("issues.spofAll");
            // the analysis kills each part in turn in the engine: db-01 down, no request can be answered
            w.await("the Issues tab's answer", () -> all.target().getText().startsWith("•"));
            assertThat(all.text().lines()).contains("• db-01", "• db-01.mysql");
            assertThat(all.text().lines()).as("a web server has a twin").doesNotContain("• web-01", "• web-02");
        }
    }

    @Test
    void designModeDuringALessonAsksAndEndsTheLesson() {
        try (AppWindow w = AppWindow.open(1920, 1080)) {
            w.startLesson("nginx-dies");
            w.await("the lesson running", () -> w.frame.lessonPlayer().active());
            w.button("Design mode").click();
            DesignModeGuiTest.answer(w, DesignMode.LESSON_TITLE, DesignMode.STAY);
            assertThat(w.onEdt(() -> w.frame.design().on())).as("still in the lesson").isFalse();
            assertThat(w.onEdt(() -> w.frame.lessonPlayer().active())).isTrue();

            w.button("Design mode").click();
            DesignModeGuiTest.answer(w, DesignMode.LESSON_TITLE, DesignMode.END_LESSON);
            w.await("drawing", () -> w.frame.design().on());
            assertThat(w.onEdt(() -> w.frame.lessonPlayer().active())).as("the lesson ended").isFalse();
            assertThat(w.onEdt(() -> w.frame.design().pane().editor().design().hosts()))
                    .as("drawing from the lesson's design").extracting(h -> h.id()).contains("web-02");
        }
    }

    @Test
    void aLessonPlaysOnTheDesignRunningNowWhenItFits() {
        try (AppWindow w = AppWindow.open(1920, 1080)) {
            DesignPane pane = w.enterDesignMode();
            w.run(() -> pane.startFrom(Design.of(io.infraviz.scenario.ExampleDesigns.THREE_WEB.topology())));
            w.window.button("design.run").requireEnabled().click();
            w.await("the design running", () -> w.frame.driver().simulation().topology().host("web-03").isPresent());
            selectTab(w, "Lesson");
            w.window.checkBox("lesson.onDesign").check();

            startLesson(w, "nginx-dies");
            DesignModeGuiTest.answer(w, UnsavedWork.TITLE, UnsavedWork.DONT_SAVE);
            w.await("the lesson on the drawn design", () -> w.frame.lessonPlayer().active()
                    && w.frame.driver().simulation().topology().host("web-03").isPresent());

            // a lesson naming a part the design lacks (web-01.mysql: here the databases have servers of their own)
            w.run(() -> w.frame.lessonPlayer().close());
            startLesson(w, "equal-web-servers");
            org.assertj.swing.fixture.DialogFixture refused = org.assertj.swing.finder.WindowFinder
                    .findDialog(new org.assertj.swing.core.GenericTypeMatcher<>(javax.swing.JDialog.class) {
                        @Override
                        protected boolean isMatching(javax.swing.JDialog dialog) {
                            return LessonPanel.NOT_FITTING.equals(dialog.getTitle()) && dialog.isShowing();
                        }
                    }).withTimeout(10_000).using(w.robot);
            assertThat(refused.label(new org.assertj.swing.core.GenericTypeMatcher<>(javax.swing.JLabel.class) {
                @Override
                protected boolean isMatching(javax.swing.JLabel l) {
                    return l.getText() != null && l.getText().contains("web-01.mysql");
                }
            }).text()).endsWith("(the lesson runs on the design 'three-web')");
            javax.swing.JButton ok = refused.button().target();
            w.run(ok::doClick);
            assertThat(w.onEdt(() -> w.frame.lessonPlayer().active())).isFalse();
            assertThat(w.onEdt(() -> w.frame.driver().simulation().topology().name())).isEqualTo("three-web");
        }
    }

    /** Shows a tab of the side panel. */
    private static void selectTab(AppWindow w, String title) {
        w.window.tabbedPane(new org.assertj.swing.core.GenericTypeMatcher<>(javax.swing.JTabbedPane.class) {
            @Override
            protected boolean isMatching(javax.swing.JTabbedPane tabs) {
                return tabs.indexOfTab(title) >= 0;
            }
        }).selectTab(title);
    }

    /** Chooses a lesson in the Lesson tab's list and presses Start (a question may follow: the test answers it). */
    private static void startLesson(AppWindow w, String name) {
        javax.swing.JList<?> list = w.window.list(new org.assertj.swing.core.GenericTypeMatcher<>(javax.swing.JList.class) {
            @Override
            protected boolean isMatching(javax.swing.JList list) {
                return "Lessons".equals(list.getAccessibleContext().getAccessibleName()) && list.isShowing();
            }
        }).target();
        w.run(() -> {
            for (int i = 0; i < list.getModel().getSize(); i++) {
                if (((io.infraviz.scenario.lesson.Lesson) list.getModel().getElementAt(i)).scenario().name().equals(name)) {
                    list.setSelectedIndex(i);
                }
            }
        });
        w.window.button(UnsavedWorkGuiTest.withText("Start")).click();
    }

    /** HAProxy, two web servers with their own code, and one MySQL on a server of its own. */
    private static Design oneDatabaseServer() {
        List<Component> parts = new ArrayList<>(List.of(new Component("users", Role.CLIENT, null, "Users"),
                new Component("lb-01.haproxy", Role.LOAD_BALANCER, "lb-01", "HAProxy"),
                new Component("db-01.mysql", Role.DATABASE, "db-01", "MySQL")));
        List<Host> hosts = new ArrayList<>(List.of(new Host("lb-01", "lb-01", "10.0.0.10", List.of("lb-01.haproxy")),
                new Host("db-01", "db-01", "10.0.0.20", List.of("db-01.mysql"))));
        List<Link> links = new ArrayList<>(List.of(new Link("users", "lb-01.haproxy", LinkPurpose.HTTP)));
        for (String w : List.of("web-01", "web-02")) {
            parts.add(new Component(w + ".nginx", Role.WEB_SERVER, w, "Nginx"));
            parts.add(new Component(w + ".app", Role.APP_SERVER, w, "App server"));
            parts.add(new Component(w + ".files", Role.APP_FILES, w, "App files"));
            hosts.add(new Host(w, w, "10.0.0." + (w.endsWith("1") ? 11 : 12), List.of(w + ".nginx", w + ".app", w + ".files")));
            links.add(new Link("lb-01.haproxy", w + ".nginx", LinkPurpose.HTTP));
            links.add(new Link(w + ".nginx", w + ".app", LinkPurpose.HTTP));
            links.add(new Link(w + ".app", w + ".files", LinkPurpose.FILES));
            links.add(new Link(w + ".app", "db-01.mysql", LinkPurpose.DATABASE));
        }
        return new Design("db-apart", hosts, parts, links, Map.of(), Map.of());
    }
}
