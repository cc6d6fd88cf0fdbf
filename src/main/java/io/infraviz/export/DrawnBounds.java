package io.infraviz.export;

import com.mxgraph.util.mxRectangle;
import com.mxgraph.view.mxGraph;
import com.mxgraph.view.mxGraphView;
import com.mxgraph.view.mxTemporaryCellStates;

/** Where a diagram's drawing lies, for both exporters: what is drawn, widened to whole units. */
final class DrawnBounds {
    private DrawnBounds() {
    }

    /**
     * The bounds of everything drawn at a scale, in that scale's view coordinates, from whole units
     * {@code pad} outside the drawing on every side.
     *
     * @throws IllegalStateException when nothing is drawn
     */
    static mxRectangle around(mxGraph graph, double scale, Object[] cells, int pad) {
        mxRectangle paint = paintBounds(graph, scale, cells);
        if (paint == null || paint.getWidth() <= 0 || paint.getHeight() <= 0) {
            throw empty();
        }
        double x0 = Math.floor(paint.getX()) - pad;
        double y0 = Math.floor(paint.getY()) - pad;
        double x1 = Math.ceil(paint.getX() + paint.getWidth()) + pad;
        double y1 = Math.ceil(paint.getY() + paint.getHeight()) + pad;
        return new mxRectangle(x0, y0, x1 - x0, y1 - y0);
    }

    /** The error when the renderer draws nothing. */
    static IllegalStateException empty() {
        return new IllegalStateException("the diagram is empty: nothing to export");
    }

    /** The bounds of everything drawn at a scale, in that scale's view coordinates; the view is left as it was. */
    private static mxRectangle paintBounds(mxGraph graph, double scale, Object[] cells) {
        mxGraphView view = graph.getView();
        boolean events = view.isEventsEnabled();
        view.setEventsEnabled(false);
        mxTemporaryCellStates temp = new mxTemporaryCellStates(view, scale, cells);
        try {
            return graph.getPaintBounds(cells);
        } finally {
            temp.destroy();
            view.setEventsEnabled(events);
        }
    }
}
