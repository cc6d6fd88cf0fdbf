package io.infraviz.diagram;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.view.mxGraph;
import com.mxgraph.view.mxStylesheet;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.Topology;
import io.infraviz.sim.world.ComponentStatus;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The JGraphX graph of a topology: hosts as boxes containing their components, links as edges.
 * It shows a {@link DiagramState}; it holds no truth of its own. No windows: the screen and the
 * exporters draw the same graph. Call from one thread at a time (the EDT when on screen).
 *
 * <p>This class builds the cells and keeps them in step with the state; the words and styles a
 * state gives each cell are {@link CellLooks}', and the bends of the links {@link EdgeRoutes}'.
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

    private void build() {
        mxIGraphModel model = graph.getModel();
        // Keep every edge in the top layer, so its way points are in diagram coordinates.
        ((com.mxgraph.model.mxGraphModel) model).setMaintainEdgeParent(false);
        Object root = graph.getDefaultParent();
        EdgeRoutes routes = new EdgeRoutes(topology, layout, this::absoluteBounds);
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
                Object cell = graph.insertVertex(parent, c.id(), CellLooks.baseLabel(c), b.x(), b.y(), b.w(), b.h(),
                        CellLooks.componentStyle(c, ComponentStatus.RUNNING));
                register(c.id(), cell);
            }
            for (Link l : topology.links()) {
                Object edge = graph.insertEdge(root, l.id(), CellLooks.edgeLabel(l, LinkLook.FINE, false), cells.get(l.from()),
                        cells.get(l.to()), CellLooks.edgeStyle(l, LinkLook.FINE));
                routes.route(l, (mxCell) edge);
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
                set(cells.get(h.id()), CellLooks.hostLabel(h, state),
                        highlighted(h.id(), CellLooks.hostStyle(h, state)));
            }
            for (Component c : topology.components()) {
                set(cells.get(c.id()), CellLooks.componentLabel(c, state),
                        highlighted(c.id(), CellLooks.componentStyle(c, state)));
            }
            for (Link l : topology.links()) {
                LinkLook ls = state.links().getOrDefault(l.id(), LinkLook.FINE);
                Object edge = edges.get(l.id());
                String style = highlighted(l.id(), CellLooks.edgeStyle(l, ls)) + EdgeRoutes.constraintsOf(edge);
                set(edge, CellLooks.edgeLabel(l, ls, state.https()), style);
            }
            badges.show(state);
        } finally {
            model.endUpdate();
        }
        shown = state;
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
