package io.infraviz.ui;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a failure's label goes: the first of a few spots around the part that failed that covers
 * no other box (other parts, other servers) and no label already placed, and stays in view.
 * Labels drawn right of the cross used to cover the neighbouring part, often the very one the
 * reason talks about.
 */
final class LabelPlacer {
    private final List<Rectangle2D> obstacles;
    private final Rectangle2D bounds;
    private final List<Rectangle2D> placed = new ArrayList<>();

    /**
     * @param obstacles boxes a label must not cover (every part and server but the failing one's)
     * @param bounds    the visible area
     */
    LabelPlacer(List<Rectangle2D> obstacles, Rectangle2D bounds) {
        this.obstacles = obstacles;
        this.bounds = bounds;
    }

    /**
     * A free spot for a label of {@code w}×{@code h} next to {@code part} (its own box and server
     * may be covered), or null when every spot is taken: then the caller shortens the label.
     *
     * @param own the failing part's box and its server's box, which the label may cover
     */
    Rectangle2D place(Rectangle2D part, List<Rectangle2D> own, double w, double h) {
        double gap = 3;
        Rectangle2D[] spots = {
            // Above the part's top-right corner (the server's title strip or the space above).
            new Rectangle2D.Double(part.getMaxX() - w, part.getY() - h - gap, w, h),
            // The same, from its left edge (a part at the left edge of the view).
            new Rectangle2D.Double(part.getX(), part.getY() - h - gap, w, h),
            // Under the part: centred, from its left edge, up to its right edge.
            new Rectangle2D.Double(part.getCenterX() - w / 2, part.getMaxY() + gap, w, h),
            new Rectangle2D.Double(part.getX(), part.getMaxY() + gap, w, h),
            new Rectangle2D.Double(part.getMaxX() - w, part.getMaxY() + gap, w, h),
            // Right of it, then left of it.
            new Rectangle2D.Double(part.getMaxX() + gap, part.getY(), w, h),
            new Rectangle2D.Double(part.getX() - w - gap, part.getY(), w, h),
            // Over the part itself, low, where its own name is.
            new Rectangle2D.Double(part.getCenterX() - w / 2, part.getMaxY() - h - gap, w, h),
        };
        for (Rectangle2D spot : spots) {
            if (free(spot, own)) {
                placed.add(spot);
                return spot;
            }
        }
        return null;
    }

    private boolean free(Rectangle2D spot, List<Rectangle2D> own) {
        if (!bounds.contains(spot)) {
            return false;
        }
        for (Rectangle2D o : obstacles) {
            if (o.intersects(spot) && !own.contains(o)) {
                return false;
            }
        }
        for (Rectangle2D p : placed) {
            if (p.intersects(spot)) {
                return false;
            }
        }
        return true;
    }
}
