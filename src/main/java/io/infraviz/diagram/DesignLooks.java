package io.infraviz.diagram;

import com.mxgraph.util.mxConstants;
import com.mxgraph.view.mxGraph;
import io.infraviz.model.Component;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.sim.world.ComponentStatus;

import java.util.Map;

/**
 * The live diagram's looks lent to design mode, so a drawn part looks as it will when it runs:
 * the same styles and icons, and links that also say what they carry (the person did not choose
 * it; the roles did, and the drawing shows it).
 */
public final class DesignLooks {
    /** The style of a part a problem is about. */
    public static final String PROBLEM = "warn";

    private DesignLooks() {
    }

    public static void install(mxGraph graph, DiagramTheme theme) {
        IconShape.register();
        DiagramStyles.install(graph.getStylesheet(), theme);
        Map<String, Object> edge = graph.getStylesheet().getDefaultEdgeStyle();
        // the direction matters while drawing (who connects to whom; which database is the Primary)
        edge.put(mxConstants.STYLE_ENDARROW, mxConstants.ARROW_CLASSIC);
        graph.refresh();
    }

    /** A part's style: its icon in a component box. */
    public static String componentStyle(Component c) {
        return CellLooks.componentStyle(c, ComponentStatus.RUNNING);
    }

    /** A part's words: its label's first line. */
    public static String label(Component c) {
        return CellLooks.baseLabel(c);
    }

    public static String hostStyle() {
        return "host";
    }

    public static String edgeStyle(Link l) {
        return CellLooks.edgeStyle(l, LinkLook.FINE);
    }

    /** What a link carries, in a word or two. */
    public static String edgeLabel(LinkPurpose p) {
        return switch (p) {
            case HTTP -> "HTTP";
            case DNS -> "DNS";
            case FILES -> "files";
            case DATABASE -> "SQL";
            case REPLICATION -> "replication";
            case MONITORING -> "monitoring";
        };
    }

    /** The classpath resource of a role's icon (an SVG), for the palette. */
    public static String iconPath(Role role) {
        return "icons/" + DiagramStyles.iconFor(role) + ".svg";
    }
}
