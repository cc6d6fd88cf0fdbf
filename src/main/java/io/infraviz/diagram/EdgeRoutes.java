package io.infraviz.diagram;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.util.mxPoint;
import com.mxgraph.util.mxRectangle;
import io.infraviz.model.Component;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The way points and connection points of the links a straight line would draw across other
 * boxes: database links and monitoring links. Set once, when the graph is built; the points are
 * in diagram coordinates, since every edge lives in the graph's top layer.
 */
final class EdgeRoutes {
    private final Topology topology;
    private final DiagramLayout layout;
    private final Function<String, mxRectangle> bounds;

    /** @param bounds a component's or host's box in diagram coordinates ({@link Diagram#absoluteBounds}) */
    EdgeRoutes(Topology topology, DiagramLayout layout, Function<String, mxRectangle> bounds) {
        this.topology = topology;
        this.layout = layout;
        this.bounds = bounds;
    }

    /**
     * Database links go under or between the server boxes, never across other components;
     * monitoring links run down from each agent to a line under the servers, then to the service.
     */
    void route(Link l, mxCell edge) {
        if (l.purpose() == LinkPurpose.MONITORING) {
            mxRectangle agent = bounds.apply(l.from());
            mxRectangle service = bounds.apply(l.to());
            if (agent != null && service != null) {
                double busY = service.getCenterY();
                mxGeometry g = (mxGeometry) edge.getGeometry().clone();
                g.setPoints(new ArrayList<>(List.of(new mxPoint(agent.getCenterX(), busY))));
                edge.setGeometry(g);
                edge.setStyle(edge.getStyle() + ";exitX=0.5;exitY=1;entryX=1;entryY=0.5;");
            }
            return;
        }
        if (l.purpose() != LinkPurpose.DATABASE) {
            return;
        }
        Component from = topology.component(l.from()).orElseThrow();
        Component to = topology.component(l.to()).orElseThrow();
        if (!from.onHost() || !to.onHost()) {
            return;
        }
        mxRectangle a = bounds.apply(from.id());
        mxRectangle d = bounds.apply(to.id());
        DiagramLayout.Box fromHost = layout.hosts().get(from.hostId());
        DiagramLayout.Box toHost = layout.hosts().get(to.hostId());
        if (toHost.x() >= fromHost.x() + fromHost.w() || fromHost.x() >= toHost.x() + toHost.w()) {
            // Servers in different columns: a straight line between them crosses nothing.
            return;
        }
        List<mxPoint> points = new ArrayList<>();
        String constraints;
        if (from.hostId().equals(to.hostId())) {
            double y = fromHost.y() + fromHost.h() - 7;
            points.add(new mxPoint(a.getCenterX(), y));
            points.add(new mxPoint(d.getX() + d.getWidth() * 0.4, y));
            constraints = "exitX=0.5;exitY=1;entryX=0.4;entryY=1;";
        } else if (d.getY() > a.getY()) {
            double y = fromHost.y() + fromHost.h() + 28;
            points.add(new mxPoint(a.getCenterX() + 12, y));
            points.add(new mxPoint(d.getX() + d.getWidth() * 0.25, y));
            constraints = "exitX=0.6;exitY=1;entryX=0.25;entryY=0;";
        } else {
            double y = fromHost.y() - 28;
            points.add(new mxPoint(a.getCenterX() + 12, y));
            points.add(new mxPoint(d.getX() + d.getWidth() * 0.75, y));
            constraints = "exitX=0.6;exitY=0;entryX=0.75;entryY=1;";
        }
        mxGeometry g = (mxGeometry) edge.getGeometry().clone();
        g.setPoints(points);
        edge.setGeometry(g);
        edge.setStyle(edge.getStyle() + ";" + constraints);
    }

    /** The connection points {@link #route} added to an edge's style, to keep them when its style changes with the state. */
    static String constraintsOf(Object edge) {
        String style = ((mxCell) edge).getStyle();
        int i = style.indexOf(";exitX");
        return i < 0 ? "" : style.substring(i);
    }
}
