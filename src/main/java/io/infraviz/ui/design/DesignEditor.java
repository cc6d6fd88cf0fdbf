package io.infraviz.ui.design;

import com.mxgraph.util.mxEvent;
import com.mxgraph.util.mxUndoManager;
import com.mxgraph.util.mxUndoableEdit;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.DesignLooks;
import io.infraviz.model.Design;
import io.infraviz.scenario.DesignCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a person does to a design, whatever they press: place, link, delete, undo and redo
 * (JGraphX's {@link mxUndoManager}, fed by the model's own edits, so one gesture is one step),
 * tidy, select a part by id; and what follows each change: the problems that prevent running.
 * Nothing here throws on a person's action: a refused one is said in the status line. EDT only.
 */
public final class DesignEditor {
    private final DesignGraph graph = new DesignGraph();
    private final DesignDrawing drawing = new DesignDrawing(graph);
    private final mxUndoManager history = new mxUndoManager();
    private final DesignCanvas canvas;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private Consumer<String> status = s -> { };
    private String name = "my-design";
    private boolean changed;
    private boolean loading;

    public DesignEditor(DiagramTheme theme) {
        DesignLooks.install(graph, theme);
        graph.setArranger(drawing::arrange);
        canvas = new DesignCanvas(graph, s -> status.accept(s), this::domain);
        canvas.getViewport().setOpaque(true);
        canvas.getViewport().setBackground(new java.awt.Color(theme.canvas().getRGB()));
        graph.getModel().addListener(mxEvent.UNDO, (src, evt) -> {
            if (!loading) {
                history.undoableEditHappened((mxUndoableEdit) evt.getProperty("edit"));
                changed = true;
            }
        });
        graph.getModel().addListener(mxEvent.CHANGE, (src, evt) -> fireChanged());
        // the model says CHANGE before the edit reaches the history: refresh again once it has (Undo's state)
        history.addListener(mxEvent.ADD, (src, evt) -> fireChanged());
        history.addListener(mxEvent.UNDO, (src, evt) -> fireChanged());
        history.addListener(mxEvent.REDO, (src, evt) -> fireChanged());
    }

    private void fireChanged() {
        if (!loading) {
            changeListeners.forEach(Runnable::run);
        }
    }

    void onChange(Runnable r) {
        changeListeners.add(r);
    }

    void onStatus(Consumer<String> s) {
        status = s;
    }

    DesignCanvas canvas() {
        return canvas;
    }

    DesignGraph graph() {
        return graph;
    }

    /** Starts drawing from a design (an empty one for an empty canvas); the history starts here. */
    public void load(Design d) {
        loading = true;
        try {
            name = d.name();
            drawing.draw(d);
        } finally {
            loading = false;
        }
        history.clear();
        changed = false;
        fireChanged();
        javax.swing.SwingUtilities.invokeLater(this::fit);
    }

    /** The design as drawn now. */
    public Design design() {
        return drawing.read(name);
    }

    public List<DesignCheck.Problem> problems() {
        return DesignCheck.problems(design());
    }

    /** True when the design changed since it was loaded or saved. */
    public boolean changed() {
        return changed;
    }

    public void saved() {
        changed = false;
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
            changed = true;
        } else {
            status.accept("Nothing to undo");
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
            changed = true;
        } else {
            status.accept("Nothing to redo");
        }
    }

    /** Deletes the selection with its links; says so when nothing is selected. */
    public void deleteSelection() {
        Object[] cells = graph.getDeletableCells(graph.getSelectionCells());
        if (cells == null || cells.length == 0) {
            status.accept("Select a part, a server or a link to delete it");
            return;
        }
        graph.removeCells(cells, true);
        status.accept("Deleted " + cells.length + (cells.length == 1 ? " item" : " items") + " (Ctrl+Z brings it back)");
    }

    public void tidy() {
        drawing.tidy(name);
        fit();
    }

    /** Zooms so that the whole design shows (never above its natural size), once the canvas has a size. */
    public void fit() {
        java.awt.Dimension room = canvas.getViewport().getExtentSize();
        com.mxgraph.util.mxRectangle b = graph.getGraphBounds();
        double scale = graph.getView().getScale();
        if (room.width <= 0 || b.getWidth() <= 0) {
            return;
        }
        double natural = Math.min((room.width - 40) / ((b.getX() + b.getWidth()) / scale),
                (room.height - 40) / ((b.getY() + b.getHeight()) / scale));
        graph.getView().setScale(Math.max(0.3, Math.min(1, natural)));
    }

    /** Selects a part, a server or a link ({@code from->to}) by id and scrolls to it; false when there is none. */
    public boolean select(String id) {
        return id != null && select(List.of(id));
    }

    /** Selects the parts, servers or links named (those still drawn) and scrolls to the first; false when none is. */
    public boolean select(List<String> ids) {
        List<Object> cells = ids.stream().map(drawing::cellOf).filter(java.util.Objects::nonNull).toList();
        if (cells.isEmpty()) {
            return false;
        }
        graph.setSelectionCells(cells.toArray());
        canvas.scrollCellToVisible(cells.get(0), true);
        return true;
    }

    /** Places a part of {@code kind} at a point of the canvas's graph control, as a click with a palette tool does. */
    void placeAt(PartKind kind, java.awt.Point p) {
        canvas.placeAt(kind, p);
    }

    /** Links two parts by id as the connect gesture does, with the same checks; the refusal or null. */
    public String connect(String from, String to) {
        Object a = drawing.cellOf(from);
        Object b = drawing.cellOf(to);
        String error = graph.linkError(a, b);
        if (error != null) {
            status.accept(error);
            return error;
        }
        graph.insertEdge(graph.getDefaultParent(), null, null, a, b);
        return null;
    }

    /** Where a part, a server or a link ({@code from->to}) is drawn, in the graph control's pixels; null when absent. */
    public java.awt.Rectangle boundsOf(String id) {
        Object cell = drawing.cellOf(id);
        com.mxgraph.view.mxCellState s = cell == null ? null : graph.getView().getState(cell);
        return s == null ? null : s.getRectangle();
    }

    /** The id of the one selected part or server, or null. */
    public String selectedId() {
        Part p = graph.getSelectionCount() == 1 ? DesignGraph.part(graph.getSelectionCell()) : null;
        return p == null ? null : p.id();
    }

    /** The component the canvas's mouse gestures land on. */
    public javax.swing.JComponent graphControl() {
        return canvas.getGraphControl();
    }

    /** The site's name the design gives its DNS (null: the default). */
    String domain() {
        return DesignCheck.domain(design());
    }

    /** The cell of a part, a server or a link ({@code from->to}), or null. */
    Object cellOf(String id) {
        return drawing.cellOf(id);
    }

    /** Replaces a part's value (its label, IP or the like) as one undoable edit. */
    void setValue(Object cell, Object value) {
        graph.getModel().setValue(cell, value);
    }
}
