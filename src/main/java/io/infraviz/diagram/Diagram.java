package io.infraviz.diagram;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.util.mxConstants;
import com.mxgraph.util.mxPoint;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.view.mxGraph;
import com.mxgraph.view.mxStylesheet;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;
import io.infraviz.sim.ComponentStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JGraphX graph of a topology: hosts as boxes containing their components, links as edges.
 * It shows a {@link DiagramState}; it holds no truth of its own. No windows: the screen and the
 * exporters draw the same graph. Call from one thread at a time (the EDT when on screen).
 */
public final class Diagram {
    private final Topology topology;
    private final DiagramLayout layout;
    private final mxGraph graph;
    private final Map<String, Object> cells = new LinkedHashMap<>();
    private final Map<Object, String> ids = new HashMap<>();
    private final Map<String, Object> edges = new LinkedHashMap<>();
    private DiagramTheme theme;
    private double labelScale = 1;
    private DiagramState shown;
    private java.util.Set<String> highlights = java.util.Set.of();
    private SplitBrainBadges badges;

    public Diagram(Topology topology, DiagramTheme theme) {
        IconShape.register();
        this.topology = topology;
        this.layout = new DiagramLayout(topology);
        this.theme = theme;
        this.graph = new ReadOnlyGraph();
        DiagramStyles.install(graph.getStylesheet(), theme);
        build();
    }

    /** A graph nothing can be dragged, resized, edited or connected in, but whose cells can be selected. */
    private static final class ReadOnlyGraph extends mxGraph {
        ReadOnlyGraph() {
            setCellsEditable(false);
            setCellsMovable(false);
            setCellsResizable(false);
            setCellsDeletable(false);
            setCellsCloneable(false);
            setCellsDisconnectable(false);
            setCellsBendable(false);
            setConnectableEdges(false);
            setDropEnabled(false);
            setSplitEnabled(false);
            setVertexLabelsMovable(false);
            setEdgeLabelsMovable(false);
            setAllowDanglingEdges(false);
            setHtmlLabels(false);
            setKeepEdgesInBackground(true);
        }

        @Override
        public boolean isCellFoldable(Object cell, boolean collapse) {
            return false;
        }

        @Override
        public boolean isCellConnectable(Object cell) {
            return false;
        }

        /**
         * No tooltip of the graph's own: it would be the cell's label ("Nginx") and would hide
         * the view's hint of what a click does (JGraphX asks the graph first).
         */
        @Override
        public String getToolTipForCell(Object cell) {
            return null;
        }
    }

    private void build() {
        mxIGraphModel model = graph.getModel();
        // Keep every edge in the top layer, so its way points are in diagram coordinates.
        ((com.mxgraph.model.mxGraphModel) model).setMaintainEdgeParent(false);
        Object root = graph.getDefaultParent();
        model.beginUpdate();
        try {
            for (Host h : topology.hosts()) {
                DiagramLayout.Box b = layout.hosts().get(h.id());
                Object cell = graph.insertVertex(root, h.id(), h.label(), b.x(), b.y(), b.w(), b.h(), "host");
                register(h.id(), cell);
            }
            for (Component c : topology.components()) {
                DiagramLayout.Box b = layout.components().get(c.id());
                Object parent = c.onHost() ? cells.get(c.hostId()) : root;
                Object cell = graph.insertVertex(parent, c.id(), baseLabel(c), b.x(), b.y(), b.w(), b.h(),
                        componentStyle(c, ComponentStatus.RUNNING));
                register(c.id(), cell);
            }
            for (Link l : topology.links()) {
                Object edge = graph.insertEdge(root, l.id(), edgeLabel(l, "", false), cells.get(l.from()), cells.get(l.to()),
                        edgeStyle(l, ""));
                route(l, (mxCell) edge);
                edges.put(l.id(), edge);
                ids.put(edge, l.id());
            }
            badges = new SplitBrainBadges(graph, topology, this::absoluteBounds, layout);
        } finally {
            model.endUpdate();
        }
    }

    private void register(String id, Object cell) {
        cells.put(id, cell);
        ids.put(cell, id);
    }

    /**
     * Database links go under or between the server boxes, never across other components;
     * monitoring links run down from each agent to a line under the servers, then to the service.
     */
    private void route(Link l, mxCell edge) {
        if (l.purpose() == LinkPurpose.MONITORING) {
            mxRectangle agent = absoluteBounds(l.from());
            mxRectangle service = absoluteBounds(l.to());
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
        mxRectangle a = absoluteBounds(from.id());
        mxRectangle d = absoluteBounds(to.id());
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

    private static String baseLabel(Component c) {
        return c.role() == Role.DATABASE ? "MySQL" : c.label().split("\n")[0];
    }

    private String componentStyle(Component c, DiagramState s) {
        String style = componentStyle(c, s.components().get(c.id()));
        return s.splitBrain().containsKey(c.id()) ? style + ";splitBrain" : style;
    }

    private String componentStyle(Component c, ComponentStatus status) {
        String style = "component;" + IconShape.ICON + "=" + DiagramStyles.iconFor(c.role());
        return switch (status) {
            case KILLED, HOST_DOWN -> style + ";dead;" + IconShape.CROSSED + "=1";
            case HUNG, ERRORING -> style + ";warn";
            case RUNNING -> style;
        };
    }

    private String componentLabel(Component c, DiagramState s) {
        if (s.splitBrain().containsKey(c.id())) {
            // The full sentence is on the badge above; the box says it in words that fit.
            return "old Primary\nSPLIT BRAIN";
        }
        String base = baseLabel(c);
        String role = s.roles().get(c.id());
        if (role != null) {
            // Two lines fit under the icon: name and role, or (not running) role and status.
            base = s.components().get(c.id()) == ComponentStatus.RUNNING ? base + "\n" + shortRole(role) : shortRole(role);
        }
        String status = switch (s.components().get(c.id())) {
            case KILLED, HOST_DOWN -> "DOWN";
            case HUNG -> "HUNG";
            case ERRORING -> "ERRORS";
            case RUNNING -> null;
        };
        return status == null ? base : base + "\n" + status;
    }

    /** A database's role (or where a virtual IP lives) in a few words, so it fits its box. */
    private static String shortRole(String role) {
        return role.equals("HTTPS ends here") ? "TLS ends here" : role;
    }

    private String hostLabel(Host h, DiagramState s) {
        if (Boolean.TRUE.equals(s.hostsDown().get(h.id()))) {
            return h.label() + "  —  HOST DOWN";
        }
        String health = s.health().get(h.id());
        return health == null ? h.label() : h.label() + "  —  LB: " + health;
    }

    private String hostStyle(Host h, DiagramState s) {
        if (Boolean.TRUE.equals(s.hostsDown().get(h.id()))) {
            return "host;hostDown";
        }
        DiagramState.HealthKind kind = s.healthKind().get(h.id());
        if (kind == null || kind == DiagramState.HealthKind.UP) {
            return "host";
        }
        return kind == DiagramState.HealthKind.DOWN ? "host;hostDown" : "host;hostWarn";
    }

    /** A link's words; the Internet link names the protocol the security settings use now. */
    private String edgeLabel(Link l, String state, boolean https) {
        String base = switch (l.purpose()) {
            case REPLICATION -> "replication";
            case HTTP -> l.from().equals("users") ? (https ? "Internet (HTTPS)" : "Internet (HTTP)") : "";
            case DNS -> "DNS";
            default -> "";
        };
        if (state.equals("cut")) {
            return base.isEmpty() ? "CUT" : base + " · CUT";
        }
        return state.isEmpty() ? base : base + " · " + state;
    }

    private String edgeStyle(Link l, String state) {
        String style = switch (l.purpose()) {
            case MONITORING -> "edge;monitoringLink";
            case REPLICATION -> "edge;replication";
            case DATABASE -> "edge;database";
            case HTTP -> l.from().equals("users") ? "edge;internet" : "edge";
            default -> "edge";
        };
        return state.equals("cut") ? style + ";cut" : style;
    }

    /**
     * Shows a state: changes the style and label of every cell that differs from what is shown,
     * in one model update.
     */
    public void show(DiagramState state) {
        if (state.equals(shown)) {
            return;
        }
        mxIGraphModel model = graph.getModel();
        model.beginUpdate();
        try {
            for (Host h : topology.hosts()) {
                set(cells.get(h.id()), hostLabel(h, state), highlighted(h.id(), hostStyle(h, state)));
            }
            for (Component c : topology.components()) {
                set(cells.get(c.id()), componentLabel(c, state), highlighted(c.id(), componentStyle(c, state)));
            }
            for (Link l : topology.links()) {
                String ls = state.links().getOrDefault(l.id(), "");
                Object edge = edges.get(l.id());
                String style = highlighted(l.id(), edgeStyle(l, ls)) + constraintsOf(edge);
                set(edge, edgeLabel(l, ls, state.https()), style);
            }
            badges.show(state);
        } finally {
            model.endUpdate();
        }
        shown = state;
    }

    private static String constraintsOf(Object edge) {
        String style = ((mxCell) edge).getStyle();
        int i = style.indexOf(";exitX");
        return i < 0 ? "" : style.substring(i);
    }

    private void set(Object cell, String label, String style) {
        mxIGraphModel model = graph.getModel();
        if (!Objects.equals(model.getValue(cell), label)) {
            model.setValue(cell, label);
        }
        if (!Objects.equals(model.getStyle(cell), style)) {
            model.setStyle(cell, style);
        }
    }

    /** Highlights components, hosts or links a lesson talks about (none: an empty set). */
    public void setHighlights(java.util.Set<String> ids) {
        if (!ids.equals(highlights)) {
            highlights = java.util.Set.copyOf(ids);
            DiagramState s = shown;
            shown = null;
            if (s != null) {
                show(s);
            }
        }
    }

    private String highlighted(String id, String style) {
        return highlights.contains(id) ? style + ";highlight" : style;
    }

    /** Switches the colours; the caller repaints. */
    public void setTheme(DiagramTheme newTheme) {
        this.theme = newTheme;
        DiagramStyles.install(graph.getStylesheet(), newTheme, labelScale);
        graph.refresh();
    }

    /**
     * Makes every label {@code k} times its normal size (clamped to 1.0–1.6), for a projector at
     * the back of a room; the boxes keep their places. The caller repaints (and refits).
     */
    public void setLabelScale(double k) {
        double clamped = Math.max(DiagramStyles.MIN_LABEL_SCALE, Math.min(DiagramStyles.MAX_LABEL_SCALE, k));
        if (clamped != labelScale) {
            labelScale = clamped;
            DiagramStyles.install(graph.getStylesheet(), theme, labelScale);
            graph.refresh();
        }
    }

    /** How many times their normal size the labels are drawn (1.0–1.6). */
    public double labelScale() {
        return labelScale;
    }

    public DiagramTheme theme() {
        return theme;
    }

    public mxGraph graph() {
        return graph;
    }

    public Topology topology() {
        return topology;
    }

    /** The component, host or link id of a cell, or null. */
    public String idOf(Object cell) {
        return ids.get(cell);
    }

    /** The cell of a component, host or link id, or null. */
    public Object cellOf(String id) {
        Object c = cells.get(id);
        return c != null ? c : edges.get(id);
    }

    /** The edge drawn for a link, or null. */
    public Object edgeOf(String linkId) {
        return edges.get(linkId);
    }

    /** The link joining two components, in either direction, or null. */
    public Link linkBetween(String a, String b) {
        return topology.linkBetween(a, b).orElse(null);
    }

    /** A component's or host's box in diagram coordinates (scale 1, no translation). */
    public mxRectangle absoluteBounds(String id) {
        Component c = topology.component(id).orElse(null);
        if (c == null) {
            DiagramLayout.Box h = layout.hosts().get(id);
            return h == null ? null : new mxRectangle(h.x(), h.y(), h.w(), h.h());
        }
        DiagramLayout.Box b = layout.components().get(id);
        if (!c.onHost()) {
            return new mxRectangle(b.x(), b.y(), b.w(), b.h());
        }
        DiagramLayout.Box h = layout.hosts().get(c.hostId());
        return new mxRectangle(h.x() + b.x(), h.y() + b.y(), b.w(), b.h());
    }

    /** The state last shown, or null before the first. */
    public DiagramState shown() {
        return shown;
    }

    /** The split-brain badge's text above a database's server, or null when it is hidden. */
    public String splitBrainBadge(String databaseId) {
        return badges.textOf(databaseId);
    }

    /** The stylesheet (for tests). */
    mxStylesheet stylesheet() {
        return graph.getStylesheet();
    }

    /** A plain-text summary of a cell for tooltips and the inspector, e.g. "web-02.nginx (Nginx)". */
    public String describe(String id) {
        return topology.component(id).map(c -> c.id() + " (" + c.role().title() + ")")
                .or(() -> topology.host(id).map(h -> "host " + h.label()))
                .orElse(id);
    }
}
