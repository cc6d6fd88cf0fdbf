package io.infraviz.ui.design;

import com.mxgraph.model.mxGeometry;
import com.mxgraph.model.mxGraphModel;
import com.mxgraph.model.mxIGraphModel;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a new server or Internet part goes: where it was dropped when that is free, else the
 * nearest free place, so that nothing new lands on top of what is already drawn (a person then
 * sees both, and can still drag either). Model units; the canvas's top-level cells only.
 */
final class FreeSpot {
    /** Room kept around each box, so that boxes do not touch. */
    static final double GAP = 16;
    private static final double STEP = 20;
    /** How far to look (in steps) before giving up and using the spot asked for. */
    private static final int REACH = 100;

    private FreeSpot() {
    }

    /** The top-left corner nearest to {@code (x, y)} where a {@code w} by {@code h} box overlaps nothing. */
    static Point2D.Double near(mxIGraphModel model, Object parent, double x, double y, double w, double h) {
        List<Rectangle2D> taken = new ArrayList<>();
        for (Object c : mxGraphModel.getChildVertices(model, parent)) {
            mxGeometry g = model.getGeometry(c);
            if (g != null) {
                taken.add(new Rectangle2D.Double(g.getX() - GAP, g.getY() - GAP, g.getWidth() + 2 * GAP,
                        g.getHeight() + 2 * GAP));
            }
        }
        double x0 = Math.max(0, x);
        double y0 = Math.max(0, y);
        // rings of growing distance round the spot asked for; the first free place on the nearest ring wins
        for (int r = 0; r <= REACH; r++) {
            Point2D.Double best = null;
            for (int i = -r; i <= r; i++) {
                for (int j = -r; j <= r; j++) {
                    if (Math.max(Math.abs(i), Math.abs(j)) != r) {
                        continue;
                    }
                    Point2D.Double p = new Point2D.Double(x0 + i * STEP, y0 + j * STEP);
                    if (p.x >= 0 && p.y >= 0 && free(taken, p, w, h)
                            && (best == null || p.distance(x0, y0) < best.distance(x0, y0))) {
                        best = p;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return new Point2D.Double(x0, y0);
    }

    private static boolean free(List<Rectangle2D> taken, Point2D.Double p, double w, double h) {
        Rectangle2D box = new Rectangle2D.Double(p.x, p.y, w, h);
        return taken.stream().noneMatch(box::intersects);
    }
}
