package io.infraviz.ui;

import com.mxgraph.util.mxRectangle;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JComponent;
import java.awt.Point;
import java.awt.event.ComponentEvent;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Zoom and pan of the diagram, driven by the same mouse events a person makes, without a window. */
class ZoomPanTest {
    private Diagram diagram;
    private DiagramView view;

    /**
     * Runs on the event thread, as the app does: a resize also posts a resized event there, and
     * it must come after the step that caused it, not in the middle of the next.
     */
    private static void onEdt(Runnable r) throws Throwable {
        try {
            javax.swing.SwingUtilities.invokeAndWait(r);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @BeforeEach
    void open() throws Throwable {
        onEdt(this::build);
    }

    private void build() {
        diagram = new Diagram(Stages.DISTRIBUTED.topology(), DiagramTheme.LIGHT);
        view = new DiagramView(diagram, new TrafficLayer(diagram));
        resize(900, 500);
        view.zoomToFit();
    }

    private void resize(int w, int h) {
        view.setSize(w, h);
        // No window here: lay out as a validation would.
        view.doLayout();
        view.getViewport().doLayout();
        view.dispatchEvent(new ComponentEvent(view, ComponentEvent.COMPONENT_RESIZED));
    }

    private double scale() {
        return diagram.graph().getView().getScale();
    }

    private JComponent control() {
        return view.getGraphControl();
    }

    private void ctrlWheel(Point inControl, int notches) {
        control().dispatchEvent(new MouseWheelEvent(control(), MouseEvent.MOUSE_WHEEL, 0, InputEvent.CTRL_DOWN_MASK,
                inControl.x, inControl.y, inControl.x, inControl.y, 0, false, MouseWheelEvent.WHEEL_UNIT_SCROLL, 3,
                notches, notches));
    }

    private void mouse(int id, int button, Point inControl, Point onScreen) {
        int mask = button == MouseEvent.BUTTON2 ? InputEvent.BUTTON2_DOWN_MASK : InputEvent.BUTTON1_DOWN_MASK;
        control().dispatchEvent(new MouseEvent(control(), id, 0, id == MouseEvent.MOUSE_RELEASED ? 0 : mask,
                inControl.x, inControl.y, onScreen.x, onScreen.y, 1, false, button));
    }

    /** The diagram point (scale 1) shown at a viewport point. */
    private double[] diagramPointAt(Point inViewport) {
        Point pos = view.getViewport().getViewPosition();
        double s = scale();
        return new double[] {(pos.x + inViewport.x) / s - diagram.graph().getView().getTranslate().getX(),
                (pos.y + inViewport.y) / s - diagram.graph().getView().getTranslate().getY()};
    }

    @Test
    void ctrlWheelZoomsAroundTheMouseAndResizesNoLongerSnapBack() throws Throwable {
        onEdt(() -> {
            double fit = scale();
            // Three notches: enough that the diagram can move both ways under a mouse off its middle.
            Point mouse = new Point(600, 150);
            double[] before = diagramPointAt(mouse);
            ctrlWheel(mouse, -3);
            assertThat(scale()).isCloseTo(fit * Math.pow(DiagramView.ZOOM_STEP, 3), within(1e-6));
            assertThat(view.getViewport().getViewPosition().x).as("scrolled to keep it there").isPositive();
            assertThat(view.userZoomed()).isTrue();
            double[] after = diagramPointAt(mouse);
            assertThat(after[0]).as("the point under the mouse stays there").isCloseTo(before[0], within(1.0));
            assertThat(after[1]).isCloseTo(before[1], within(1.0));

            double zoomed = scale();
            resize(1200, 700);
            assertThat(scale()).as("a resize keeps the zoom by hand").isEqualTo(zoomed);
            view.zoomToFit();
            assertThat(view.userZoomed()).isFalse();
            assertThat(scale()).as("asked to fit, it fits the new size").isGreaterThan(fit);
            double refitted = scale();
            resize(900, 500);
            assertThat(scale()).as("fitting again follows resizes").isLessThan(refitted);        });
    }

    @Test
    void zoomInAndOutStepAndStayWithinLimits() throws Throwable {
        onEdt(() -> {
            double fit = scale();
            view.zoomIn();
            assertThat(scale()).isCloseTo(fit * DiagramView.ZOOM_STEP, within(1e-6));
            view.zoomOut();
            view.zoomOut();
            assertThat(scale()).isCloseTo(fit / DiagramView.ZOOM_STEP, within(1e-6));
            for (int i = 0; i < 40; i++) {
                view.zoomIn();
            }
            assertThat(scale()).isEqualTo(DiagramView.MAX_ZOOM);
            for (int i = 0; i < 40; i++) {
                view.zoomOut();
            }
            assertThat(scale()).isEqualTo(DiagramView.MIN_ZOOM);        });
    }

    @Test
    void draggingEmptyCanvasOrWithTheMiddleButtonPansWhenZoomedIn() throws Throwable {
        onEdt(() -> {
            view.zoomIn();
            view.zoomIn();
            view.scrollTo(0, 0);
            Point empty = new Point(5, 5);
            assertThat(view.getCellAt(empty.x, empty.y)).as("nothing drawn at the top-left corner").isNull();
            mouse(MouseEvent.MOUSE_PRESSED, MouseEvent.BUTTON1, empty, new Point(500, 500));
            mouse(MouseEvent.MOUSE_DRAGGED, MouseEvent.BUTTON1, empty, new Point(400, 450));
            mouse(MouseEvent.MOUSE_RELEASED, MouseEvent.BUTTON1, empty, new Point(400, 450));
            assertThat(view.getViewport().getViewPosition()).isEqualTo(new Point(100, 50));

            // A drag that starts on a part is not a pan with the left button, but is with the middle one.
            mxRectangle nginx = diagram.graph().getView().getState(diagram.cellOf("web-01.nginx"));
            Point onPart = new Point((int) nginx.getCenterX(), (int) nginx.getCenterY());
            mouse(MouseEvent.MOUSE_PRESSED, MouseEvent.BUTTON1, onPart, new Point(500, 500));
            mouse(MouseEvent.MOUSE_DRAGGED, MouseEvent.BUTTON1, onPart, new Point(450, 500));
            mouse(MouseEvent.MOUSE_RELEASED, MouseEvent.BUTTON1, onPart, new Point(450, 500));
            assertThat(view.getViewport().getViewPosition()).isEqualTo(new Point(100, 50));
            mouse(MouseEvent.MOUSE_PRESSED, MouseEvent.BUTTON2, onPart, new Point(500, 500));
            mouse(MouseEvent.MOUSE_DRAGGED, MouseEvent.BUTTON2, onPart, new Point(450, 500));
            mouse(MouseEvent.MOUSE_RELEASED, MouseEvent.BUTTON2, onPart, new Point(450, 500));
            assertThat(view.getViewport().getViewPosition()).isEqualTo(new Point(150, 50));        });
    }

    @Test
    void largerLabelsStillFitTheWindow() throws Throwable {
        onEdt(() -> {
            double fit = scale();
            view.setLabelScale(1.6);
            assertThat(diagram.graph().getStylesheet().getDefaultVertexStyle().get("fontSize")).isEqualTo("20.8");
            assertThat(view.labelScale()).isEqualTo(1.6);
            assertThat(scale()).as("overflowing labels need a little more room").isLessThanOrEqualTo(fit);
            mxRectangle b = diagram.graph().getView().getGraphBounds();
            assertThat(b.getX()).isGreaterThanOrEqualTo(0);
            assertThat(b.getY()).isGreaterThanOrEqualTo(0);
            assertThat(b.getX() + b.getWidth()).as("right edge of every label").isLessThanOrEqualTo(view.getViewport().getWidth());
            assertThat(b.getY() + b.getHeight()).isLessThanOrEqualTo(view.getViewport().getHeight());
            view.setLabelScale(5);
            assertThat(view.labelScale()).as("clamped").isEqualTo(1.6);        });
    }
}
