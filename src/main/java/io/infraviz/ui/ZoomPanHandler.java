package io.infraviz.ui;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import java.awt.Cursor;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;

/**
 * The mouse's zoom and pan on the diagram: Ctrl+wheel zooms around the mouse; dragging on empty
 * canvas, or with the middle button anywhere, moves the view when it is zoomed in. A plain wheel
 * still scrolls, and clicks on parts still go to {@link DiagramController} (a drag that starts on
 * a part is not a pan, so it cannot be mistaken for panning by a person aiming at a box).
 */
final class ZoomPanHandler extends MouseAdapter {
    private final DiagramView view;
    private Point pressedOnScreen;
    private Point startPosition;
    private Cursor before;

    private ZoomPanHandler(DiagramView view) {
        this.view = view;
    }

    static void install(DiagramView view) {
        ZoomPanHandler h = new ZoomPanHandler(view);
        JComponent control = view.getGraphControl();
        control.addMouseWheelListener(h);
        control.addMouseListener(h);
        control.addMouseMotionListener(h);
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
        if (!e.isControlDown()) {
            // A listener here takes the wheel from the scroll pane: hand plain scrolling back to it.
            view.dispatchEvent(SwingUtilities.convertMouseEvent(e.getComponent(), e, view));
            return;
        }
        double notches = e.getPreciseWheelRotation();
        Point inViewport = SwingUtilities.convertPoint(e.getComponent(), e.getPoint(), view.getViewport());
        view.zoomAround(Math.pow(DiagramView.ZOOM_STEP, -notches), inViewport);
        e.consume();
    }

    @Override
    public void mousePressed(MouseEvent e) {
        boolean middle = SwingUtilities.isMiddleMouseButton(e);
        boolean emptyCanvas = SwingUtilities.isLeftMouseButton(e) && !e.isPopupTrigger()
                && view.getCellAt(e.getX(), e.getY()) == null;
        if (middle || emptyCanvas) {
            pressedOnScreen = e.getLocationOnScreen();
            startPosition = view.getViewport().getViewPosition();
        }
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (pressedOnScreen == null) {
            return;
        }
        if (before == null) {
            before = view.getGraphControl().getCursor();
            view.getGraphControl().setCursor(Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR));
        }
        Point now = e.getLocationOnScreen();
        view.scrollTo(startPosition.x - (now.x - pressedOnScreen.x), startPosition.y - (now.y - pressedOnScreen.y));
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        pressedOnScreen = null;
        if (before != null) {
            view.getGraphControl().setCursor(before);
            before = null;
        }
    }
}
