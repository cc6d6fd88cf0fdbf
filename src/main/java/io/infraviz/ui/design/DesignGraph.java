package io.infraviz.ui.design;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGraphModel;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.view.mxGraph;
import io.infraviz.diagram.DesignLooks;
import io.infraviz.model.Link;
import io.infraviz.scenario.LinkRules;

import java.awt.Point;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The graph a design is drawn in. Its hooks ask the design's rules before an edit happens:
 * servers are the only drop targets and take no links, a link must be one the engine can run
 * ({@link LinkRules}), once, between two parts; a new link is turned to run the way its roles
 * say and labelled with what it carries. After parts move or arrive, their servers are re-arranged
 * in the same edit (so one Ctrl+Z takes back both).
 */
final class DesignGraph extends mxGraph {
    /** Re-arranges the parts inside the given servers (set by the editor). */
    private Consumer<Set<Object>> arranger = hosts -> { };

    DesignGraph() {
        setCellsEditable(false);
        setCellsDisconnectable(false);
        setCellsBendable(false);
        setCellsCloneable(false);
        setCellsResizable(false);
        setSplitEnabled(false);
        setAllowDanglingEdges(false);
        setMultigraph(false);
        setAllowLoops(false);
        setConnectableEdges(false);
        setVertexLabelsMovable(false);
        setEdgeLabelsMovable(false);
        setHtmlLabels(false);
        setDropEnabled(true);
        setKeepEdgesInBackground(true);
    }

    void setArranger(Consumer<Set<Object>> arranger) {
        this.arranger = arranger;
    }

    static Part part(Object cell) {
        return cell instanceof mxCell c && c.getValue() instanceof Part p ? p : null;
    }

    static boolean isHost(Object cell) {
        Part p = part(cell);
        return p != null && p.host();
    }

    static boolean isComponent(Object cell) {
        Part p = part(cell);
        return p != null && !p.host();
    }

    @Override
    public boolean isCellFoldable(Object cell, boolean collapse) {
        return false;
    }

    @Override
    public boolean isCellConnectable(Object cell) {
        return isComponent(cell);
    }

    @Override
    public boolean isCellMovable(Object cell) {
        return !getModel().isEdge(cell) && super.isCellMovable(cell);
    }

    /** Only a server takes what is dropped, and only parts that run on a server. */
    @Override
    public boolean isValidDropTarget(Object cell, Object[] cells) {
        return isHost(cell) && cells != null && Arrays.stream(cells).allMatch(c -> {
            Part p = part(c);
            return p != null && !p.host() && !PartKind.of(p.role()).onInternet();
        });
    }

    @Override
    public String convertValueToString(Object cell) {
        Object v = getModel().getValue(cell);
        if (v instanceof Part p) {
            return p.label();
        }
        if (v instanceof Wire w) {
            // inside one server the parts sit close: the link's word would not fit between them
            Object a = getModel().getParent(getModel().getTerminal(cell, true));
            Object b = getModel().getParent(getModel().getTerminal(cell, false));
            // and HTTP goes without saying, except on the Internet
            boolean plain = a == b && isHost(a) || w.purpose() == io.infraviz.model.LinkPurpose.HTTP && isHost(a);
            return plain ? "" : DesignLooks.edgeLabel(w.purpose());
        }
        return super.convertValueToString(cell);
    }

    @Override
    public String getToolTipForCell(Object cell) {
        Part p = part(cell);
        if (p == null) {
            return null;
        }
        return p.host() ? "Server " + p.id() + " (" + p.address() + "): drag it to move it; drop parts into it" : p.label().split("\n")[0] + " (" + p.id()
                + "): drag from its middle to another part to link them";
    }

    @Override
    public String validateEdge(Object edge, Object source, Object target) {
        return linkError(source, target);
    }

    /** Why a link from {@code s} to {@code t} cannot be drawn, or null when it can. */
    String linkError(Object s, Object t) {
        Part a = part(s);
        Part b = part(t);
        if (a == null || b == null || a.host() || b.host()) {
            return "Links join parts, not servers: start in the middle of a part and end on another part";
        }
        if (s == t) {
            return "A part cannot be linked to itself";
        }
        LinkRules.Verdict v = LinkRules.between(a.role(), b.role());
        if (!v.allowed()) {
            return "Cannot link " + name(a) + " and " + name(b) + ": " + v.refusal();
        }
        for (Object e : mxGraphModel.getEdgesBetween(getModel(), s, t)) {
            if (e != null && getModel().getValue(e) instanceof Wire) {
                return name(a) + " and " + name(b) + " are already linked";
            }
        }
        return null;
    }

    /** A link in words, e.g. "Nginx (server-02.nginx) → App server (server-02.app), HTTP". */
    String describe(Object edge) {
        Part a = part(getModel().getTerminal(edge, true));
        Part b = part(getModel().getTerminal(edge, false));
        return a == null || b == null || !(getModel().getValue(edge) instanceof Wire w) ? ""
                : name(a) + " → " + name(b) + ", " + DesignLooks.edgeLabel(w.purpose());
    }

    private static String name(Part p) {
        return p.label().split("\n")[0] + " (" + p.id() + ")";
    }

    /** A new link runs the way its roles say and carries what they say, whichever way it was drawn. */
    @Override
    public Object addCell(Object cell, Object parent, Integer index, Object source, Object target) {
        Part a = part(source);
        Part b = part(target);
        if (cell instanceof mxCell edge && edge.isEdge() && a != null && b != null && !a.host() && !b.host()) {
            LinkRules.Verdict v = LinkRules.between(a.role(), b.role());
            if (v.allowed()) {
                Object from = v.reversed() ? target : source;
                Object to = v.reversed() ? source : target;
                Part pf = part(from);
                Part pt = part(to);
                edge.setValue(Wire.of(v.purpose()));
                edge.setStyle(DesignLooks.edgeStyle(new Link(pf.id(), pt.id(), v.purpose())));
                return super.addCell(cell, parent, index, from, to);
            }
        }
        return super.addCell(cell, parent, index, source, target);
    }

    /** Moves (and palette drops, which are cloning moves), then tidies the servers they left or reached. */
    @Override
    public Object[] moveCells(Object[] cells, double dx, double dy, boolean clone, Object target, Point location) {
        mxIGraphModel model = getModel();
        Set<Object> hosts = new LinkedHashSet<>();
        if (cells != null) {
            for (Object c : cells) {
                if (isHost(model.getParent(c))) {
                    hosts.add(model.getParent(c));
                }
            }
        }
        model.beginUpdate();
        try {
            Object[] moved = super.moveCells(cells, dx, dy, clone, target, location);
            if (moved != null) {
                for (Object c : moved) {
                    if (isHost(model.getParent(c))) {
                        hosts.add(model.getParent(c));
                    }
                }
            }
            if (!hosts.isEmpty()) {
                arranger.accept(hosts);
            }
            return moved;
        } finally {
            model.endUpdate();
        }
    }

    /** Deletes (with their links), then closes the gaps left in their servers. */
    @Override
    public Object[] removeCells(Object[] cells, boolean includeEdges) {
        mxIGraphModel model = getModel();
        Set<Object> hosts = new LinkedHashSet<>();
        for (Object c : cells == null ? getDeletableCells(getSelectionCells()) : cells) {
            if (isHost(model.getParent(c))) {
                hosts.add(model.getParent(c));
            }
        }
        model.beginUpdate();
        try {
            Object[] removed = super.removeCells(cells, includeEdges);
            hosts.removeIf(h -> !((mxGraphModel) model).contains(h));
            if (!hosts.isEmpty()) {
                arranger.accept(hosts);
            }
            return removed;
        } finally {
            model.endUpdate();
        }
    }
}
