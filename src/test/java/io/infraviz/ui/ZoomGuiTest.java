package io.infraviz.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;
import java.awt.Point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Ctrl+wheel on the real window's diagram zooms, and the zoom survives a window resize. */
@Tag("gui")
class ZoomGuiTest {

    @BeforeEach
    void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
    }

    @Test
    void ctrlWheelZoomsAndAResizeKeepsTheZoomUntilFitIsAsked() {
        try (AppWindow app = AppWindow.open(1366, 768)) {
            DiagramView view = app.onEdt(() -> app.frame.diagramView());
            double fit = app.onEdt(() -> view.diagram().graph().getView().getScale());
            Point middle = app.onEdt(() -> new Point(view.getWidth() / 2, view.getHeight() / 2));
            app.robot.moveMouse(view, middle);
            app.holdingCtrl(() -> app.robot.rotateMouseWheel(view, -2));
            app.await("zoomed in by hand", () -> view.userZoomed()
                    && view.diagram().graph().getView().getScale() > fit * 1.1);
            double zoomed = app.onEdt(() -> view.diagram().graph().getView().getScale());

            app.run(() -> {
                app.frame.setSize(1200, 700);
                app.frame.validate();
            });
            app.robot.waitForIdle();
            assertThat(app.onEdt(() -> view.diagram().graph().getView().getScale())).as("kept after a resize")
                    .isEqualTo(zoomed);

            app.run(view::zoomToFit);
            app.await("fitted again", () -> !view.userZoomed()
                    && view.diagram().graph().getView().getScale() < zoomed);
        }
    }
}
