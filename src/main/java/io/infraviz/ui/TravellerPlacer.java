package io.infraviz.ui;

import com.mxgraph.util.mxPoint;
import com.mxgraph.view.mxCellState;
import com.mxgraph.view.mxGraphView;
import io.infraviz.diagram.Diagram;
import io.infraviz.model.Component;
import io.infraviz.model.Link;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.request.Request;
import io.infraviz.sim.world.Traveller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each traveller's dot is on screen: along its link's drawn path, by how much of its hop's
 * time has passed, or over the part working on it; and the other way round, which request's dot
 * a click hit. Paths are kept per zoom and scroll, since thousands of dots are placed a frame.
 */
final class TravellerPlacer {
    private final Diagram diagram;
    private final Map<Long, double[]> paths = new HashMap<>();
    private double pathScale = -1;
    private double pathTx;
    private double pathTy;
    private boolean reducedMotion;

    TravellerPlacer(Diagram diagram) {
        this.diagram = diagram;
    }

    /** Reduced motion: a dot sits at a quarter or three quarters of its link instead of gliding. */
    void setReducedMotion(boolean reduced) {
        this.reducedMotion = reduced;
    }

    /** Forgets the kept paths if the view was zoomed or scrolled since; true if so. */
    boolean forgetIfMoved(mxGraphView v) {
        double scale = v.getScale();
        if (scale == pathScale && v.getTranslate().getX() == pathTx && v.getTranslate().getY() == pathTy) {
            return false;
        }
        paths.clear();
        pathScale = scale;
        pathTx = v.getTranslate().getX();
        pathTy = v.getTranslate().getY();
        return true;
    }

    /**
     * The request whose dot is at a view point, or -1. Only dots travelling along a link count:
     * the ones being worked on sit over a part's box, where a click kills the part.
     */
    long requestAt(SimulationView sim, double x, double y) {
        mxGraphView v = diagram.graph().getView();
        List<Component> components = diagram.topology().components();
        double reach = Math.max(6, 9 * v.getScale());
        long best = -1;
        double bestDistance = reach;
        for (int i = 0, n = sim.inFlightCount(); i < n; i++) {
            Traveller t = sim.inFlight(i);
            if (!(t instanceof Request r) || t.waiting() || t.fromIndex() == t.toIndex() || t.orphaned()) {
                continue;
            }
            double[] p = position(t, sim.now(), components, v);
            double d = p == null ? Double.MAX_VALUE : Math.hypot(p[0] - x, p[1] - y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = r.index();
            }
        }
        return best;
    }

    /** Where a traveller is now, in view coordinates, or null when its components are not drawn. */
    double[] position(Traveller t, long now, List<Component> components, mxGraphView v) {
        int from = t.fromIndex();
        int to = t.toIndex();
        if (from == to) {
            mxCellState st = v.getState(diagram.cellOf(components.get(from).id()));
            if (st == null) {
                return null;
            }
            // Spread the ones being worked on so several are visible.
            int h = System.identityHashCode(t);
            double dx = ((h & 7) - 3.5) * 5 * v.getScale();
            double dy = (((h >> 3) & 3) - 1.5) * 5 * v.getScale();
            return new double[] {st.getCenterX() + dx, st.getCenterY() - st.getHeight() * 0.15 + dy};
        }
        double[] path = path(from, to, components, v);
        if (path == null) {
            return null;
        }
        long span = t.hopEndUs() - t.hopStartUs();
        double f = span <= 0 ? 1 : Math.max(0, Math.min(1, (now - t.hopStartUs()) / (double) span));
        if (reducedMotion) {
            f = f < 0.5 ? 0.25 : 0.75;
        }
        return along(path, f);
    }

    /** The drawn route from one component to another: the link's edge if there is one, else a straight line. */
    double[] path(int from, int to, List<Component> components, mxGraphView v) {
        long key = ((long) from << 32) | to;
        double[] cached = paths.get(key);
        if (cached != null) {
            return cached;
        }
        String a = components.get(from).id();
        String b = components.get(to).id();
        double[] path = null;
        Link link = diagram.linkBetween(a, b);
        mxCellState edge = link == null ? null : v.getState(diagram.edgeOf(link.id()));
        if (edge != null && edge.getAbsolutePointCount() >= 2) {
            List<mxPoint> pts = edge.getAbsolutePoints();
            boolean reverse = !link.from().equals(a);
            path = new double[pts.size() * 2];
            for (int i = 0; i < pts.size(); i++) {
                mxPoint p = pts.get(reverse ? pts.size() - 1 - i : i);
                path[2 * i] = p.getX();
                path[2 * i + 1] = p.getY();
            }
        } else {
            mxCellState sa = v.getState(diagram.cellOf(a));
            mxCellState sb = v.getState(diagram.cellOf(b));
            if (sa != null && sb != null) {
                path = new double[] {sa.getCenterX(), sa.getCenterY(), sb.getCenterX(), sb.getCenterY()};
            }
        }
        if (path != null) {
            paths.put(key, path);
        }
        return path;
    }

    /** The point a fraction {@code f} of the way along a polyline (x, y pairs), by length. */
    private static double[] along(double[] path, double f) {
        double total = 0;
        for (int i = 2; i < path.length; i += 2) {
            total += Math.hypot(path[i] - path[i - 2], path[i + 1] - path[i - 1]);
        }
        double want = total * f;
        for (int i = 2; i < path.length; i += 2) {
            double seg = Math.hypot(path[i] - path[i - 2], path[i + 1] - path[i - 1]);
            if (want <= seg || i == path.length - 2) {
                double k = seg == 0 ? 0 : Math.min(1, want / seg);
                return new double[] {path[i - 2] + (path[i] - path[i - 2]) * k, path[i - 1] + (path[i + 1] - path[i - 1]) * k};
            }
            want -= seg;
        }
        return new double[] {path[0], path[1]};
    }
}
