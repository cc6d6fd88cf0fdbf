package io.infraviz.ui.design;

import com.mxgraph.model.mxGraphModel;
import com.mxgraph.view.mxGraph;

import java.util.HashSet;
import java.util.Set;

/**
 * Fresh ids and addresses for new parts, in the style of the built-in stages: servers
 * {@code server-01}, {@code server-02}; parts named after their server ({@code server-01.nginx});
 * Internet parts by what they are ({@code users}, {@code dns}); private addresses from 10.0.0.10.
 */
final class DesignIds {
    private DesignIds() {
    }

    static Set<String> taken(mxGraph graph) {
        Set<String> ids = new HashSet<>();
        for (Object c : mxGraphModel.filterDescendants(graph.getModel(), cell -> DesignGraph.part(cell) != null)) {
            ids.add(DesignGraph.part(c).id());
        }
        return ids;
    }

    /** A fresh id for a new part of {@code kind}, on the server {@code hostId} (null: on the canvas). */
    static String next(mxGraph graph, PartKind kind, String hostId) {
        Set<String> taken = taken(graph);
        if (kind == PartKind.SERVER) {
            for (int i = 1; ; i++) {
                String id = String.format("server-%02d", i);
                if (!taken.contains(id)) {
                    return id;
                }
            }
        }
        String base = hostId == null ? kind.stem : hostId + "." + kind.stem;
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /** The next free private address for a new server. */
    static String nextIp(mxGraph graph) {
        Set<String> used = new HashSet<>();
        for (Object c : mxGraphModel.filterDescendants(graph.getModel(), DesignGraph::isHost)) {
            used.add(DesignGraph.part(c).address());
        }
        for (int i = 10; ; i++) {
            String ip = "10.0." + i / 256 + "." + i % 256;
            if (!used.contains(ip)) {
                return ip;
            }
        }
    }
}
