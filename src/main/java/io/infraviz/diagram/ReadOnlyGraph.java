package io.infraviz.diagram;

import com.mxgraph.view.mxGraph;

/** A graph nothing can be dragged, resized, edited or connected in, but whose cells can be selected. */
final class ReadOnlyGraph extends mxGraph {
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
