package io.infraviz.ui;

import com.mxgraph.view.mxCellState;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;
import java.awt.Point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The diagram in the real window at 1920x1080: the selection (a click selects, a reset forgets it,
 * stepping back keeps it), labels large enough to read, hover hints that say what a click does, and
 * the Inspector's Configuration of the selected part, which follows the settings.
 */
@Tag("gui")
class DiagramViewGuiTest {
    private AppWindow app;

    @BeforeEach
    void open() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        app = AppWindow.open();
    }

    /** Closes the window and opens it again on {@code stage}. */
    private void reopenOn(Stages stage) {
        AppWindow previous = app;
        app = null;
        previous.close();
        app = AppWindow.open(stage);
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private InspectorPanel inspector() {
        return app.robot.finder().findByType(app.frame, InspectorPanel.class, false);
    }

    private Object selected() {
        return app.onEdt(() -> app.frame.diagramView().diagram().graph().getSelectionCell());
    }

    @Test
    void aResetForgetsTheSelectionButSteppingBackKeepsIt() {
        app.clickCell("web-02.nginx");
        app.await("web-02.nginx selected and inspected", () -> "web-02.nginx".equals(inspector().selected())
                && inspector().text().contains("web-02.nginx"));
        Object cell = app.onEdt(() -> app.frame.diagramView().diagram().cellOf("web-02.nginx"));
        assertThat(selected()).isSameAs(cell);

        app.run(() -> app.frame.driver().stepBack());
        assertThat(selected()).as("stepping back shows the same run: the selection stays").isSameAs(cell);
        assertThat(app.onEdt(() -> inspector().selected())).isEqualTo("web-02.nginx");

        app.run(() -> app.frame.driver().reset());
        assertThat(selected()).as("a reset clears the diagram's selection").isNull();
        assertThat(app.onEdt(() -> inspector().selected())).isNull();
        assertThat(app.onEdt(() -> inspector().text())).startsWith("Select a component")
                .doesNotContain("web-02.nginx");
    }

    /** The smallest label on screen, in pixels: each cell's font size times the view's scale. */
    private double smallestLabelPx() {
        return app.onEdt(() -> {
            com.mxgraph.view.mxGraphView v = app.frame.diagramView().diagram().graph().getView();
            double smallest = Double.MAX_VALUE;
            for (String id : app.frame.diagramView().diagram().topology().components().stream().map(c -> c.id()).toList()) {
                smallest = Math.min(smallest, fontPx(v, app.frame.diagramView().diagram().cellOf(id)));
            }
            for (io.infraviz.model.Link l : app.frame.diagramView().diagram().topology().links()) {
                smallest = Math.min(smallest, fontPx(v, app.frame.diagramView().diagram().edgeOf(l.id())));
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
            reopenOn(stage);
            app.await(stage + " zoomed to fit with labels of 11 px or more", () -> smallestLabelPx() >= 11);
            app.run(() -> {
                com.mxgraph.util.mxRectangle b = app.frame.diagramView().diagram().graph().getView().getGraphBounds();
                java.awt.Rectangle area = app.frame.diagramView().getViewport().getViewRect();
                assertThat(b.getWidth()).as(stage + ": fits across").isLessThanOrEqualTo(area.getWidth());
                assertThat(b.getHeight()).as(stage + ": fits down").isLessThanOrEqualTo(area.getHeight());
                assertThat(Math.max(b.getWidth() / area.getWidth(), b.getHeight() / area.getHeight()))
                        .as(stage + ": fills the space one way").isGreaterThan(0.9);
            });
        }
    }

    @Test
    void hoveringSaysWhatAClickWillDo() {
        Point p = app.cellCentre("web-01.nginx");
        javax.swing.JComponent control = app.frame.diagramView().getGraphControl();
        app.robot.moveMouse(control, p);
        app.await("the hint names the part and what a click does", () -> {
            String tip = control.getToolTipText(new java.awt.event.MouseEvent(control,
                    java.awt.event.MouseEvent.MOUSE_MOVED, 0, 0, p.x, p.y, 0, false));
            return tip != null && tip.contains("web-01.nginx</b> — click to kill it");
        });
    }

    @Test
    void theInspectorShowsTheSelectedServersLineInHaproxysFileAsTheSettingsHaveIt() {
        app.run(() -> inspector().select("web-02.nginx"));
        app.await("web-02's server line in the Inspector", () -> inspector().configurationText()
                .startsWith("lb-01/haproxy.cfg:\n    server web-02 10.0.0.12:80 check inter 2000 fall 3 rise 2 weight 1\n"));
        app.run(() -> app.frame.driver().updateSettings(s -> s.withLb(s.lb().withMode(io.infraviz.model.LbMode.ACTIVE_PASSIVE))));
        app.await("web-02 a backup in the Inspector", () -> inspector().configurationText()
                .startsWith("lb-01/haproxy.cfg:\n    server web-02 10.0.0.12:80 check inter 2000 fall 3 rise 2 weight 1 backup\n"));
        assertThat(app.onEdt(() -> inspector().configurationText())).contains("web-02/nginx/sites-available/www.foobar.com:\n");
    }
}
