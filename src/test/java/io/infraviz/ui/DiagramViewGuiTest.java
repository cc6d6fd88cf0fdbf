package io.infraviz.ui;

import com.mxgraph.view.mxCellState;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
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

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The diagram in the real window at 1920x1080: the selection (a click selects, a reset forgets it,
 * stepping back keeps it), labels large enough to read, and hover hints that say what a click does.
 */
@Tag("gui")
class DiagramViewGuiTest {
    private Robot robot;
    private FrameFixture window;
    private MainFrame frame;

    @BeforeEach
    void open() {
        open(Stages.DISTRIBUTED);
    }

    private void open(Stages stage) {
        if (window != null) {
            window.cleanUp();
        }
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        // The app's timer posts events every frame: the event queue is never idle.
        robot.settings().idleTimeout(300);
        Preferences prefs = Preferences.userRoot().node("io/infraviz-test");
        frame = GuiActionRunner.execute(() -> {
            Themes.install(false, false);
            Themes themes = new Themes(prefs);
            themes.rememberDark(false);
            return MainFrame.open(stage.topology(), Preset.CLASSROOM.settings(), themes);
        });
        window = new FrameFixture(robot, frame);
        window.focus();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private void await(String what, BooleanSupplier ok) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(ok::getAsBoolean);
            }
        }, Timeout.timeout(30_000));
    }

    private InspectorPanel inspector() {
        return robot.finder().findByType(frame, InspectorPanel.class, false);
    }

    private Object selected() {
        return GuiActionRunner.execute(() -> frame.diagramView().diagram().graph().getSelectionCell());
    }

    private void clickCell(String id) {
        Point p = GuiActionRunner.execute(() -> {
            mxCellState s = frame.diagramView().diagram().graph().getView().getState(frame.diagramView().diagram().cellOf(id));
            return new Point((int) s.getCenterX(), (int) s.getCenterY());
        });
        robot.click(frame.diagramView().getGraphControl(), p);
    }

    @Test
    void aResetForgetsTheSelectionButSteppingBackKeepsIt() {
        clickCell("web-02.nginx");
        await("web-02.nginx selected and inspected", () -> "web-02.nginx".equals(inspector().selected())
                && inspector().text().contains("web-02.nginx"));
        Object cell = GuiActionRunner.execute(() -> frame.diagramView().diagram().cellOf("web-02.nginx"));
        assertThat(selected()).isSameAs(cell);

        GuiActionRunner.execute(() -> frame.driver().stepBack());
        assertThat(selected()).as("stepping back shows the same run: the selection stays").isSameAs(cell);
        assertThat(GuiActionRunner.execute(() -> inspector().selected())).isEqualTo("web-02.nginx");

        GuiActionRunner.execute(() -> frame.driver().reset());
        assertThat(selected()).as("a reset clears the diagram's selection").isNull();
        assertThat(GuiActionRunner.execute(() -> inspector().selected())).isNull();
        assertThat(GuiActionRunner.execute(() -> inspector().text())).startsWith("Select a component")
                .doesNotContain("web-02.nginx");
    }

    /** The smallest label on screen, in pixels: each cell's font size times the view's scale. */
    private double smallestLabelPx() {
        return GuiActionRunner.execute(() -> {
            com.mxgraph.view.mxGraphView v = frame.diagramView().diagram().graph().getView();
            double smallest = Double.MAX_VALUE;
            for (String id : frame.diagramView().diagram().topology().components().stream().map(c -> c.id()).toList()) {
                smallest = Math.min(smallest, fontPx(v, frame.diagramView().diagram().cellOf(id)));
            }
            for (io.infraviz.model.Link l : frame.diagramView().diagram().topology().links()) {
                smallest = Math.min(smallest, fontPx(v, frame.diagramView().diagram().edgeOf(l.id())));
            }
            return smallest;
        });
    }

    private static double fontPx(com.mxgraph.view.mxGraphView v, Object cell) {
        mxCellState s = v.getState(cell);
        return com.mxgraph.util.mxUtils.getFloat(s.getStyle(), com.mxgraph.util.mxConstants.STYLE_FONTSIZE, 11) * v.getScale();
    }

    @Test
    void theBusiestStagesFitTheWindowWithLabelsOfAtLeast11Px() {
        for (Stages stage : new Stages[] {Stages.SECURED, Stages.SCALED}) {
            open(stage);
            await(stage + " zoomed to fit with labels of 11 px or more", () -> smallestLabelPx() >= 11);
            GuiActionRunner.execute(() -> {
                com.mxgraph.util.mxRectangle b = frame.diagramView().diagram().graph().getView().getGraphBounds();
                java.awt.Rectangle area = frame.diagramView().getViewport().getViewRect();
                assertThat(b.getWidth()).as(stage + ": fits across").isLessThanOrEqualTo(area.getWidth());
                assertThat(b.getHeight()).as(stage + ": fits down").isLessThanOrEqualTo(area.getHeight());
                assertThat(Math.max(b.getWidth() / area.getWidth(), b.getHeight() / area.getHeight()))
                        .as(stage + ": fills the space one way").isGreaterThan(0.9);
                return null;
            });
        }
    }

    @Test
    void hoveringSaysWhatAClickWillDo() {
        Point p = GuiActionRunner.execute(() -> {
            mxCellState s = frame.diagramView().diagram().graph().getView()
                    .getState(frame.diagramView().diagram().cellOf("web-01.nginx"));
            return new Point((int) s.getCenterX(), (int) s.getCenterY());
        });
        javax.swing.JComponent control = frame.diagramView().getGraphControl();
        robot.moveMouse(control, p);
        await("the hint names the part and what a click does", () -> {
            String tip = control.getToolTipText(new java.awt.event.MouseEvent(control,
                    java.awt.event.MouseEvent.MOUSE_MOVED, 0, 0, p.x, p.y, 0, false));
            return tip != null && tip.contains("web-01.nginx</b> — click to kill it");
        });
    }
}
