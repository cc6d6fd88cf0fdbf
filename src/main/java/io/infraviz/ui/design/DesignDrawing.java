package io.infraviz.ui.design;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.model.mxGraphModel;
import com.mxgraph.model.mxIGraphModel;
import io.infraviz.diagram.DesignLooks;
import io.infraviz.diagram.DiagramLayout;
import io.infraviz.model.Backend;
import io.infraviz.model.Client;
import io.infraviz.model.Component;
import io.infraviz.model.Design;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Position;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Between the graph and the {@link Design} it shows: reads the design from the cells (the graph is
 * what the person edits, so it is the design's one copy while drawing), draws a design into an
 * empty graph, and places things with the live diagram's own layout ({@link DiagramLayout}), so a
 * server's parts sit as they will when it runs.
 */
final class DesignDrawing {
    private final DesignGraph graph;
    /** The site's name when no DNS part says it (the design was drawn without one). */
    private String domain;

    DesignDrawing(DesignGraph graph) {
        this.graph = graph;
    }

    /** The site's name: the DNS part's, else the one the design was loaded with (null: the default). */
    String domain() {
        for (Object cell : mxGraphModel.getChildVertices(graph.getModel(), graph.getDefaultParent())) {
            Part p = DesignGraph.part(cell);
            if (p != null && p.role() == Role.DNS && p.address() != null) {
                return p.address();
            }
        }
        return domain;
    }

    /** The design the cells show now. */
    Design read(String name) {
        mxIGraphModel model = graph.getModel();
        Object root = graph.getDefaultParent();
        List<Host> hosts = new ArrayList<>();
        List<Component> parts = new ArrayList<>();
        Map<String, Position> places = new LinkedHashMap<>();
        for (Object cell : mxGraphModel.getChildVertices(model, root)) {
            Part p = DesignGraph.part(cell);
            if (p == null) {
                continue;
            }
            mxGeometry g = model.getGeometry(cell);
            places.put(p.id(), new Position(g.getX(), g.getY()));
            if (!p.host()) {
                parts.add(new Component(p.id(), p.role(), null, p.label()));
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (Object child : mxGraphModel.getChildVertices(model, cell)) {
                Part c = DesignGraph.part(child);
                if (c != null && !c.host()) {
                    parts.add(new Component(c.id(), c.role(), p.id(), c.label()));
                    ids.add(c.id());
                }
            }
            hosts.add(new Host(p.id(), p.label(), p.address(), ids));
        }
        List<Link> links = new ArrayList<>();
        Map<String, Backend> options = new LinkedHashMap<>();
        for (Object e : mxGraphModel.filterDescendants(model, c -> model.isEdge(c))) {
            Part from = DesignGraph.part(model.getTerminal(e, true));
            Part to = DesignGraph.part(model.getTerminal(e, false));
            if (from != null && to != null && model.getValue(e) instanceof Wire w) {
                links.add(new Link(from.id(), to.id(), w.purpose()));
                if (from.role() == Role.LOAD_BALANCER && w.purpose() == LinkPurpose.HTTP) {
                    options.putIfAbsent(to.id(), new Backend(to.id(), to.id(), w.weight(), w.backup()));
                }
            }
        }
        return new Design(name, hosts, parts, links, places, options, domain());
    }

    /** Replaces the cells with a design; its places where it has them, the automatic layout elsewhere. */
    void draw(Design d) {
        mxIGraphModel model = graph.getModel();
        DiagramLayout layout = new DiagramLayout(layoutOf(d).withPositions(d.positions()));
        Map<String, Object> cells = new HashMap<>();
        domain = d.domain();
        model.beginUpdate();
        try {
            graph.removeCells(graph.getChildCells(graph.getDefaultParent()), true);
            Object root = graph.getDefaultParent();
            for (Host h : d.hosts()) {
                DiagramLayout.Box b = layout.hosts().get(h.id());
                cells.put(h.id(), graph.insertVertex(root, null, new Part(h.id(), null, h.label(), h.ip()),
                        b.x(), b.y(), b.w(), b.h(), DesignLooks.hostStyle()));
            }
            for (Component c : d.parts()) {
                DiagramLayout.Box b = layout.components().get(c.id());
                Object parent = c.onHost() ? cells.get(c.hostId()) : root;
                String address = c.role() == Role.DNS ? d.domain() : null;
                cells.put(c.id(), graph.insertVertex(parent, null, new Part(c.id(), c.role(), c.label(), address),
                        b.x(), b.y(), b.w(), b.h(), DesignLooks.componentStyle(c)));
            }
            for (Link l : d.links()) {
                Backend set = d.backendOptions().get(l.to());
                Wire w = set != null && l.purpose() == LinkPurpose.HTTP ? new Wire(l.purpose(), set.weight(), set.backup())
                        : Wire.of(l.purpose());
                graph.insertEdge(root, null, w, cells.get(l.from()), cells.get(l.to()), DesignLooks.edgeStyle(l));
            }
        } finally {
            model.endUpdate();
        }
    }

    /** Places everything afresh with the automatic tiered layout (one edit). */
    void tidy(String name) {
        Design d = read(name);
        apply(new DiagramLayout(layoutOf(d)), null);
    }

    /** Lines up the parts inside these servers, as the live diagram would, and sizes the servers to fit. */
    void arrange(Set<Object> hosts) {
        apply(new DiagramLayout(layoutOf(read("arranging"))), hosts);
    }

    /** Moves cells to a layout's boxes: everything, or only the parts inside {@code onlyIn} (servers keep their place). */
    private void apply(DiagramLayout layout, Set<Object> onlyIn) {
        mxIGraphModel model = graph.getModel();
        model.beginUpdate();
        try {
            for (Object cell : mxGraphModel.filterDescendants(model, c -> DesignGraph.part(c) != null)) {
                Part p = DesignGraph.part(cell);
                Object parent = model.getParent(cell);
                boolean inside = onlyIn == null || onlyIn.contains(parent);
                DiagramLayout.Box b = p.host() ? layout.hosts().get(p.id()) : layout.components().get(p.id());
                mxGeometry g = model.getGeometry(cell);
                if (b == null || g == null) {
                    continue;
                }
                mxGeometry next = (mxGeometry) g.clone();
                if (p.host() && onlyIn != null) {
                    if (!onlyIn.contains(cell)) {
                        continue;
                    }
                    next.setWidth(b.w());
                    next.setHeight(b.h());
                } else if (inside || p.host()) {
                    next.setRect(b.x(), b.y(), b.w(), b.h());
                } else {
                    continue;
                }
                if (!next.equals(g)) {
                    model.setGeometry(cell, next);
                }
            }
        } finally {
            model.endUpdate();
        }
    }

    /**
     * A topology good enough to lay out (not to run): the layout reads hosts, parts and roles
     * only, but a topology needs a client and an entry point that exists.
     */
    static Topology layoutOf(Design d) {
        List<Component> parts = new ArrayList<>(d.parts());
        if (parts.isEmpty()) {
            parts.add(new Component("layout.placeholder", Role.CLIENT, null, ""));
        }
        return new Topology(d.name(), d.name(), "", d.hosts(), parts, List.of(),
                List.of(new Client("layout", "0.0.0.0")), parts.get(0).id(), List.of(), null);
    }

    /** The cell showing a part, or a link given as {@code from->to}; null when there is none. */
    Object cellOf(String id) {
        mxIGraphModel model = graph.getModel();
        for (Object cell : mxGraphModel.filterDescendants(model, c -> c instanceof mxCell)) {
            Part p = DesignGraph.part(cell);
            if (p != null && p.id().equals(id)) {
                return cell;
            }
            if (model.isEdge(cell)) {
                Part a = DesignGraph.part(model.getTerminal(cell, true));
                Part b = DesignGraph.part(model.getTerminal(cell, false));
                if (a != null && b != null && (a.id() + "->" + b.id()).equals(id)) {
                    return cell;
                }
            }
        }
        return null;
    }
}
