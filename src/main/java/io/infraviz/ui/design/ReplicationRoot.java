package io.infraviz.ui.design;

import com.mxgraph.model.mxGraphModel;
import com.mxgraph.model.mxIGraphModel;
import io.infraviz.model.LinkPurpose;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a database the Primary: the replication links on the way to it (from wherever copies
 * start now) are turned round, so copies start at it and still reach every Replica. One edit.
 */
final class ReplicationRoot {
    private final DesignGraph graph;

    ReplicationRoot(DesignGraph graph) {
        this.graph = graph;
    }

    /** False when no replication link reaches the database (nothing to turn round). */
    boolean makeRoot(String databaseId) {
        mxIGraphModel model = graph.getModel();
        List<Object> edges = List.of(mxGraphModel.filterDescendants(model,
                c -> model.isEdge(c) && model.getValue(c) instanceof Wire w && w.purpose() == LinkPurpose.REPLICATION)
                .toArray());
        // walk the replication links backwards from the database to where copies start, and turn each round
        Map<Object, Object> incoming = new HashMap<>();
        for (Object e : edges) {
            incoming.putIfAbsent(model.getTerminal(e, false), e);
        }
        Object at = null;
        for (Object e : edges) {
            for (Object end : new Object[] {model.getTerminal(e, true), model.getTerminal(e, false)}) {
                Part p = DesignGraph.part(end);
                if (p != null && p.id().equals(databaseId)) {
                    at = end;
                }
            }
        }
        Deque<Object> path = new ArrayDeque<>();
        Object e = incoming.get(at);
        while (e != null && !path.contains(e)) {
            path.add(e);
            e = incoming.get(model.getTerminal(e, true));
        }
        model.beginUpdate();
        try {
            for (Object link : path) {
                Object from = model.getTerminal(link, true);
                Object to = model.getTerminal(link, false);
                model.setTerminal(link, to, true);
                model.setTerminal(link, from, false);
            }
        } finally {
            model.endUpdate();
        }
        return !path.isEmpty();
    }
}
