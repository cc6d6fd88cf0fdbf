package io.infraviz.ui;

import com.mxgraph.view.mxCellState;
import com.mxgraph.view.mxGraphView;
import io.infraviz.diagram.Diagram;
import io.infraviz.model.Component;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.request.Request;
import io.infraviz.sim.world.Traveller;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * The followed request's path on the diagram: every hop it took drawn over its link in the accent
 * colour, the parts it visited outlined, and its dot ringed, so the eye finds it among the others.
 */
final class FollowPainter {
    private FollowPainter() {
    }

    static void paint(Graphics2D g, TrafficLayer layer, SimulationView sim, List<Component> components, mxGraphView v,
                      Diagram diagram) {
        RequestFollower f = layer.follower();
        double scale = v.getScale();
        Color accent = diagram.theme().accent();
        g.setStroke(new BasicStroke((float) (7 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(diagram.theme().accentBand());
        for (int[] hop : f.hops()) {
            double[] p = layer.path(hop[0], hop[1], components, v);
            if (p != null) {
                Path2D line = new Path2D.Double();
                line.moveTo(p[0], p[1]);
                for (int i = 2; i < p.length; i += 2) {
                    line.lineTo(p[i], p[i + 1]);
                }
                g.draw(line);
            }
        }
        g.setColor(accent);
        g.setStroke(new BasicStroke((float) (2.5 * scale)));
        double pad = 3 * scale;
        for (int[] hop : f.hops()) {
            for (int end : hop) {
                mxCellState st = v.getState(diagram.cellOf(components.get(end).id()));
                if (st != null) {
                    g.draw(new RoundRectangle2D.Double(st.getX() - pad, st.getY() - pad, st.getWidth() + 2 * pad,
                            st.getHeight() + 2 * pad, 12 * scale, 12 * scale));
                }
            }
        }
        for (int i = 0, n = sim.inFlightCount(); i < n; i++) {
            Traveller t = sim.inFlight(i);
            if (t instanceof Request r && r.index() == f.followedIndex()) {
                double[] p = t.waiting() ? center(v, diagram, components.get(t.toIndex())) : layer.position(t, sim.now(), components, v);
                if (p != null) {
                    double r1 = 11 * scale;
                    g.setStroke(new BasicStroke((float) (3 * scale)));
                    g.draw(new Ellipse2D.Double(p[0] - r1, p[1] - r1, 2 * r1, 2 * r1));
                }
                break;
            }
        }
    }

    private static double[] center(mxGraphView v, Diagram diagram, Component c) {
        mxCellState st = v.getState(diagram.cellOf(c.id()));
        return st == null ? null : new double[] {st.getCenterX(), st.getCenterY()};
    }
}
