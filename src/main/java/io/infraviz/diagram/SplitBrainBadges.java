package io.infraviz.diagram;

import com.mxgraph.model.mxGeometry;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.util.mxUtils;
import com.mxgraph.view.mxGraph;
import io.infraviz.model.Component;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;

import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A badge above each database's server that says "old Primary — SPLIT BRAIN: diverged, N writes
 * only here" while that server is a revived, writable, diverged old Primary, and is hidden
 * otherwise. It is a cell of the graph, so the exported pictures show it too; the box is too small
 * for the sentence.
 */
final class SplitBrainBadges {
    static final String STYLE = "badge";
    private static final double HEIGHT = 24;
    private static final Font FONT = Fonts.BADGE;

    private final mxGraph graph;
    private final Map<String, Object> badges = new LinkedHashMap<>();
    private final Map<String, mxRectangle> hostOf = new LinkedHashMap<>();

    /** Call inside the model update that builds the graph. */
    SplitBrainBadges(mxGraph graph, Topology topology, Function<String, mxRectangle> bounds, DiagramLayout layout) {
        this.graph = graph;
        for (Component c : topology.componentsWithRole(Role.DATABASE)) {
            mxRectangle host = c.onHost() ? bounds.apply(c.hostId()) : bounds.apply(c.id());
            Object badge = graph.insertVertex(graph.getDefaultParent(), c.id() + "#split-brain", "",
                    host.getX(), host.getY() - HEIGHT - 6, 10, HEIGHT, STYLE);
            graph.getModel().setVisible(badge, false);
            badges.put(c.id(), badge);
            hostOf.put(c.id(), host);
        }
    }

    /** Shows the badges of the databases in a split brain, sized to their text; call inside a model update. */
    void show(DiagramState state) {
        mxIGraphModel model = graph.getModel();
        for (Map.Entry<String, Object> e : badges.entrySet()) {
            Long writes = state.splitBrain().get(e.getKey());
            Object badge = e.getValue();
            model.setVisible(badge, writes != null);
            if (writes == null) {
                continue;
            }
            String text = DatabaseRoles.splitBrainText(writes);
            if (Objects.equals(model.getValue(badge), text)) {
                continue;
            }
            model.setValue(badge, text);
            // Right-aligned with the server, whose database sits at its right edge.
            mxRectangle host = hostOf.get(e.getKey());
            double w = mxUtils.getSizeForString(text, FONT, 1).getWidth() + 20;
            model.setGeometry(badge, new mxGeometry(host.getX() + host.getWidth() - w, host.getY() - HEIGHT - 6, w, HEIGHT));
        }
    }

    /** The badge's text when shown, else null (for tests). */
    String textOf(String databaseId) {
        Object badge = badges.get(databaseId);
        return badge != null && graph.getModel().isVisible(badge) ? (String) graph.getModel().getValue(badge) : null;
    }
}
