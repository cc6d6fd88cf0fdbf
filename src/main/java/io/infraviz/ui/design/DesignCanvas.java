package io.infraviz.ui.design;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.swing.handler.mxConnectionHandler;
import com.mxgraph.swing.handler.mxRubberband;
import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.util.mxPoint;
import io.infraviz.diagram.DesignLooks;
import io.infraviz.model.Component;
import io.infraviz.model.Role;

import java.awt.Point;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The design's canvas: JGraphX's own editing (moving, connecting by dragging from the middle of a
 * part, rubber-band selection, drops from the palette), with the refusals said in the status line
 * instead of JGraphX's modal dialogs. Every placement, a drop or a click with a palette tool, ends
 * in {@link #importCells}, which checks where the part may go and gives it a fresh id.
 */
final class DesignCanvas extends mxGraphComponent {
    /** The roles one server's parts are wired between when both are on it (see {@link #linkInServer}). */
    private static final Role[][] SAME_SERVER = {{Role.WEB_SERVER, Role.APP_SERVER}, {Role.APP_SERVER, Role.APP_FILES}};
    private final DesignGraph graph;
    private final Consumer<String> status;
    /** The site's name, which a new DNS part shows and keeps. */
    private final Supplier<String> domain;
    final mxRubberband rubberband;

    DesignCanvas(DesignGraph graph, Consumer<String> status, Supplier<String> domain) {
        super(graph);
        this.graph = graph;
        this.status = status;
        this.domain = domain;
        setDragEnabled(false);
        setFoldingEnabled(false);
        setConnectable(true);
        setToolTips(true);
        getGraphHandler().setCloneEnabled(false);
        getGraphHandler().setRemoveCellsFromParent(false);
        getConnectionHandler().getMarker().setHotspot(0.5);
        setBorder(null);
        setName("designCanvas");
        rubberband = new mxRubberband(this);
        getConnectionHandler().addListener(com.mxgraph.util.mxEvent.CONNECT,
                (sender, evt) -> status.accept("Linked " + graph.describe(evt.getProperty("cell"))));
        // the keys (Delete, Ctrl+Z) answer where the focus is: a press anywhere on the canvas brings it here,
        // also the presses the connection handler takes for itself
        getGraphControl().addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
            }
        });
    }

    /** Without a screen (the headless tests) there is no drag source to install; moves are plain drags anyway. */
    @Override
    protected com.mxgraph.swing.handler.mxGraphHandler createGraphHandler() {
        return new com.mxgraph.swing.handler.mxGraphHandler(this) {
            @Override
            protected void installDragGestureHandler() {
                if (!java.awt.GraphicsEnvironment.isHeadless()) {
                    super.installDragGestureHandler();
                }
            }
        };
    }

    @Override
    protected mxConnectionHandler createConnectionHandler() {
        return new mxConnectionHandler(this) {
            @Override
            public void mouseReleased(MouseEvent e) {
                if (isActive() && error != null && !error.isEmpty()) {
                    // the built-in handler would open a modal dialog here
                    status.accept(error.trim());
                    e.consume();
                    reset();
                    return;
                }
                // a press in a part's middle is where links start; without a drag, it is a click that selects
                Object clicked = !isActive() && source != null && first != null && first.distance(e.getPoint()) < 4
                        ? source.getCell() : null;
                super.mouseReleased(e);
                if (clicked != null && graphComponent.getGraph().getModel().contains(clicked)) {
                    graphComponent.getGraph().setSelectionCell(clicked);
                }
            }
        };
    }

    /**
     * A part wins over a link drawn across it (a link between two parts of one server can pass
     * over a third): a click or a drag from a part's middle is about the part.
     */
    @Override
    public Object getCellAt(int x, int y, boolean hitSwimlaneContent, Object parent) {
        Object hit = super.getCellAt(x, y, hitSwimlaneContent, parent);
        if (hit != null && graph.getModel().isEdge(hit)) {
            for (Object c : com.mxgraph.model.mxGraphModel.filterDescendants(graph.getModel(), DesignGraph::isComponent)) {
                com.mxgraph.view.mxCellState st = graph.getView().getState(c);
                if (st != null && st.contains(x, y)) {
                    return c;
                }
            }
        }
        return hit;
    }

    /**
     * Places a part (a palette drop or a click with a tool): a server on the canvas, an Internet
     * part on the canvas, a server's part into a server, or onto the canvas in a new server of its
     * own. Anything else is refused with a reason; nothing is placed then.
     */
    @Override
    public Object[] importCells(Object[] cells, double dx, double dy, Object target, Point location) {
        Part template = cells == null || cells.length != 1 ? null : DesignGraph.part(cells[0]);
        if (template == null) {
            return new Object[0];
        }
        PartKind kind = PartKind.of(template.role());
        Object host = DesignGraph.isHost(target) ? target : null;
        if (template.host() && host != null) {
            status.accept("Drop a server on the empty canvas, not on another server");
            return new Object[0];
        }
        if (kind.onInternet() && host != null) {
            status.accept(kind.title + " is on the Internet: drop it on the empty canvas, not on a server");
            return new Object[0];
        }
        graph.getModel().beginUpdate();
        try {
            double x = dx;
            double y = dy;
            if (host == null) {
                // on the canvas: a free place near the drop, never on top of a server or part already there
                boolean ownServer = !template.host() && !kind.onInternet();
                PartKind box = ownServer ? PartKind.SERVER : kind;
                java.awt.geom.Point2D.Double free = FreeSpot.near(graph.getModel(), graph.getDefaultParent(),
                        ownServer ? dx - 12 : dx, ownServer ? dy - 40 : dy, box.width(), box.height());
                x = ownServer ? free.x + 12 : free.x;
                y = ownServer ? free.y + 40 : free.y;
            }
            if (!template.host() && !kind.onInternet() && host == null) {
                // a server's part dropped on the canvas: it gets a server of its own
                Object server = newPart(PartKind.SERVER, null);
                host = graph.insertVertex(graph.getDefaultParent(), null, DesignGraph.part(server), x - 12, y - 40,
                        PartKind.SERVER.width(), PartKind.SERVER.height(), DesignLooks.hostStyle());
            }
            Object[] placed = super.importCells(new Object[] {newPart(kind, host)}, x, y, host, location);
            if (placed != null && placed.length > 0) {
                String linked = host == null ? "" : linkInServer(placed[0], host);
                graph.setSelectionCells(placed);
                status.accept("Added " + kind.title + (host == null ? "" : " on " + DesignGraph.part(host).id())
                        + (linked.isEmpty() ? "" : "; linked " + linked + " (Ctrl+Z takes both back)"));
            }
            return placed;
        } finally {
            graph.getModel().endUpdate();
        }
    }

    /**
     * Links a part just put on a server to its one partner there, as every server of the stages is
     * wired: Nginx passes requests to the App server, which reads the App files. Nothing is linked
     * when the server has none or several of the partner, or the partner is linked to one already
     * (the person then says which by dragging).
     */
    private String linkInServer(Object placed, Object host) {
        Role r = DesignGraph.part(placed).role();
        List<String> done = new ArrayList<>();
        for (Role[] pair : SAME_SERVER) {
            Role partner = r == pair[0] ? pair[1] : r == pair[1] ? pair[0] : null;
            List<Object> candidates = new ArrayList<>();
            for (Object c : graph.getChildVertices(host)) {
                if (c != placed && DesignGraph.part(c) != null && DesignGraph.part(c).role() == partner && !linkedTo(c, r)) {
                    candidates.add(c);
                }
            }
            if (candidates.size() == 1 && graph.linkError(placed, candidates.get(0)) == null) {
                Object edge = graph.insertEdge(graph.getDefaultParent(), null, null, placed, candidates.get(0));
                done.add(graph.describe(edge));
            }
        }
        return String.join("; ", done);
    }

    /** True when {@code cell} has a link to a part of {@code role}. */
    private boolean linkedTo(Object cell, Role role) {
        for (Object e : graph.getEdges(cell)) {
            for (Object end : new Object[] {graph.getModel().getTerminal(e, true), graph.getModel().getTerminal(e, false)}) {
                if (end != cell && DesignGraph.part(end) != null && DesignGraph.part(end).role() == role) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A new cell of a kind with a fresh id (its server's id first when it goes on one). */
    private Object newPart(PartKind kind, Object host) {
        String id = DesignIds.next(graph, kind, host == null ? null : DesignGraph.part(host).id());
        Part p = switch (kind) {
            case SERVER -> new Part(id, null, id, DesignIds.nextIp(graph));
            case DNS -> new Part(id, kind.role, "DNS\n" + domain.get(), domain.get());
            default -> new Part(id, kind.role, kind.label(), null);
        };
        double w = kind.width();
        double h = kind.height();
        String style = kind == PartKind.SERVER ? DesignLooks.hostStyle()
                : DesignLooks.componentStyle(new Component(id, kind.role, null, p.label()));
        mxCell cell = new mxCell(p, new mxGeometry(0, 0, w, h), style);
        cell.setVertex(true);
        return cell;
    }

    /** Places a kind where a person clicked with a palette tool ({@code p} in the canvas's pixels). */
    void placeAt(PartKind kind, Point p) {
        Object[] cells = {newPart(kind, null)};
        // the server under the click, if any (even for parts it cannot take: they are refused with a reason)
        Object target = getCellAt(p.x, p.y);
        while (target != null && !DesignGraph.isHost(target)) {
            target = graph.getModel().getParent(target);
        }
        double s = graph.getView().getScale();
        mxPoint t = graph.getView().getTranslate();
        mxGeometry g = ((mxCell) cells[0]).getGeometry();
        importCells(cells, p.x / s - t.getX() - g.getWidth() / 2, p.y / s - t.getY() - g.getHeight() / 2, target, p);
    }
}
