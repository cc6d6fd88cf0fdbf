package io.infraviz.diagram;

import com.mxgraph.util.mxConstants;
import com.mxgraph.view.mxStylesheet;
import io.infraviz.model.Role;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

import static io.infraviz.diagram.DiagramTheme.hex;

/** The named cell styles of the diagram, for one theme. */
final class DiagramStyles {
    private DiagramStyles() {
    }

    static String iconFor(Role role) {
        return switch (role) {
            case CLIENT -> "users";
            case DNS -> "world";
            case LOAD_BALANCER -> "arrows-split-2";
            case WEB_SERVER -> "world-www";
            case APP_SERVER -> "server-cog";
            case APP_FILES -> "file-code";
            case DATABASE -> "database";
            case FIREWALL -> "shield";
            case MONITORING_AGENT -> "heartbeat";
            case MONITORING_SERVICE -> "chart-line";
            case VIRTUAL_IP -> "server";
        };
    }

    /** The smallest and largest label scale a teacher can choose. */
    static final double MIN_LABEL_SCALE = 1.0;
    static final double MAX_LABEL_SCALE = 1.6;

    static void install(mxStylesheet ss, DiagramTheme t) {
        install(ss, t, 1);
    }

    /** A font size in the stylesheet's units, for labels {@code k} times their normal size. */
    static String size(double base, double k) {
        return String.valueOf(Math.round(base * k * 10) / 10.0);
    }

    /**
     * Installs the styles with every label {@code k} times its normal size: the boxes keep their
     * size (so the lesson's picture does not move), the icons give way to the text.
     */
    static void install(mxStylesheet ss, DiagramTheme t, double k) {
        Map<String, Object> v = ss.getDefaultVertexStyle();
        v.put(mxConstants.STYLE_FONTFAMILY, Fonts.FAMILY);
        v.put(mxConstants.STYLE_FONTSIZE, size(Fonts.LABEL_SIZE, k));
        v.put(mxConstants.STYLE_FONTCOLOR, hex(t.componentText()));
        Map<String, Object> e = ss.getDefaultEdgeStyle();
        e.put(mxConstants.STYLE_FONTFAMILY, Fonts.FAMILY);
        e.put(mxConstants.STYLE_FONTSIZE, size(Fonts.LABEL_SIZE, k));
        e.put(mxConstants.STYLE_FONTCOLOR, hex(t.hostText()));
        e.put(mxConstants.STYLE_STROKECOLOR, hex(t.edge()));
        e.put(mxConstants.STYLE_STROKEWIDTH, "2");
        e.put(mxConstants.STYLE_ENDARROW, mxConstants.NONE);
        e.put(mxConstants.STYLE_LABEL_BACKGROUNDCOLOR, hex(t.canvas()));

        ss.putCellStyle("host", map(
                mxConstants.STYLE_SHAPE, mxConstants.SHAPE_RECTANGLE,
                mxConstants.STYLE_ROUNDED, "1", mxConstants.STYLE_ARCSIZE, "6",
                mxConstants.STYLE_FILLCOLOR, t.hostFill(), mxConstants.STYLE_STROKECOLOR, t.hostStroke(),
                mxConstants.STYLE_STROKEWIDTH, "2", mxConstants.STYLE_FONTCOLOR, t.hostText(),
                mxConstants.STYLE_FONTSTYLE, "1", mxConstants.STYLE_FONTSIZE, size(Fonts.HOST_TITLE_SIZE, k),
                mxConstants.STYLE_VERTICAL_ALIGN, mxConstants.ALIGN_TOP,
                mxConstants.STYLE_ALIGN, mxConstants.ALIGN_LEFT, mxConstants.STYLE_SPACING_LEFT, "12",
                mxConstants.STYLE_SPACING_TOP, "6"));
        ss.putCellStyle("hostWarn", map(mxConstants.STYLE_STROKECOLOR, t.warn(),
                mxConstants.STYLE_FILLCOLOR, t.warnFill(), mxConstants.STYLE_STROKEWIDTH, "3",
                mxConstants.STYLE_DASHED, "1", mxConstants.STYLE_FONTCOLOR, t.warn()));
        ss.putCellStyle("hostDown", map(mxConstants.STYLE_STROKECOLOR, t.down(),
                mxConstants.STYLE_FILLCOLOR, t.downFill(), mxConstants.STYLE_STROKEWIDTH, "3",
                mxConstants.STYLE_DASHED, "1", mxConstants.STYLE_FONTCOLOR, t.down()));
        ss.putCellStyle("component", map(
                mxConstants.STYLE_SHAPE, IconShape.NAME, mxConstants.STYLE_ROUNDED, "1", mxConstants.STYLE_ARCSIZE, "12",
                mxConstants.STYLE_FILLCOLOR, t.componentFill(),
                mxConstants.STYLE_STROKECOLOR, t.componentStroke(), mxConstants.STYLE_STROKEWIDTH, "1.5",
                mxConstants.STYLE_FONTCOLOR, t.componentText(),
                mxConstants.STYLE_VERTICAL_ALIGN, mxConstants.ALIGN_BOTTOM, mxConstants.STYLE_SPACING_BOTTOM, "6",
                mxConstants.STYLE_FONTSTYLE, "1"));
        ss.putCellStyle("dead", map(mxConstants.STYLE_FILLCOLOR, t.deadFill(),
                mxConstants.STYLE_STROKECOLOR, t.down(), mxConstants.STYLE_FONTCOLOR, t.down(),
                mxConstants.STYLE_DASHED, "1", mxConstants.STYLE_STROKEWIDTH, "2",
                mxConstants.STYLE_LABEL_BACKGROUNDCOLOR, t.deadFill()));
        ss.putCellStyle("warn", map(mxConstants.STYLE_FILLCOLOR, t.warnFill(), mxConstants.STYLE_STROKECOLOR, t.warn(),
                mxConstants.STYLE_STROKEWIDTH, "3", mxConstants.STYLE_DASHED, "1"));
        ss.putCellStyle("highlight", map(mxConstants.STYLE_STROKECOLOR, t.accent(), mxConstants.STYLE_STROKEWIDTH, "4",
                mxConstants.STYLE_SHADOW, "1"));
        // A split brain: a thick double-dashed outline in the failure colour, and words on the box
        // and on its badge, so it is not told by colour alone.
        ss.putCellStyle("splitBrain", map(mxConstants.STYLE_STROKECOLOR, t.down(),
                mxConstants.STYLE_FILLCOLOR, t.downFill(), mxConstants.STYLE_STROKEWIDTH, "4",
                mxConstants.STYLE_DASHED, "1", mxConstants.STYLE_DASH_PATTERN, "8 3",
                mxConstants.STYLE_FONTCOLOR, t.down()));
        ss.putCellStyle(SplitBrainBadges.STYLE, map(mxConstants.STYLE_SHAPE, mxConstants.SHAPE_RECTANGLE,
                mxConstants.STYLE_ROUNDED, "1", mxConstants.STYLE_ARCSIZE, "50", mxConstants.STYLE_FILLCOLOR, t.down(),
                mxConstants.STYLE_STROKECOLOR, t.down(), mxConstants.STYLE_FONTCOLOR, t.onDown(),
                mxConstants.STYLE_FONTSTYLE, "1", mxConstants.STYLE_FONTSIZE, size(Fonts.LABEL_SIZE, k)));
        ss.putCellStyle("edge", map());
        ss.putCellStyle("internet", map(mxConstants.STYLE_STROKEWIDTH, "3"));
        ss.putCellStyle("monitoringLink", map(mxConstants.STYLE_STROKEWIDTH, "1", mxConstants.STYLE_DASHED, "1",
                mxConstants.STYLE_OPACITY, "60"));
        ss.putCellStyle("database", map(mxConstants.STYLE_STROKEWIDTH, "1.5", mxConstants.STYLE_OPACITY, "70"));
        ss.putCellStyle("replication", map(mxConstants.STYLE_STROKECOLOR, DiagramTheme.REPLICATION,
                mxConstants.STYLE_STROKEWIDTH, "3",
                mxConstants.STYLE_FONTCOLOR, t.replicationLabel()));
        ss.putCellStyle(LinkLook.CUT_STYLE, map(mxConstants.STYLE_STROKECOLOR, t.down(), mxConstants.STYLE_DASHED, "1",
                mxConstants.STYLE_DASH_PATTERN, "4 6", mxConstants.STYLE_FONTCOLOR, t.down()));
    }

    /** A style from keys and values; colours are written as JGraphX reads them ("#RRGGBB"). */
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1] instanceof Color c ? hex(c) : kv[i + 1]);
        }
        return m;
    }
}
