package io.infraviz.diagram;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import com.mxgraph.canvas.mxGraphics2DCanvas;
import com.mxgraph.shape.mxRectangleShape;
import com.mxgraph.util.mxConstants;
import com.mxgraph.util.mxUtils;
import com.mxgraph.view.mxCellState;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.HashMap;
import java.util.Map;

/**
 * A component box: a rounded rectangle with its SVG icon above the label, drawn crisply at any
 * scale; crossed out when the component is down ({@code crossed=1}), so a dead part reads
 * without colour.
 */
public final class IconShape extends mxRectangleShape {
    /** The shape's name for the {@code shape} style key. */
    public static final String NAME = "infravizIcon";
    /** Style key: the icon's file name in /icons, without ".svg". */
    public static final String ICON = "icon";
    /** Style key: "1" draws a cross over the box. */
    public static final String CROSSED = "crossed";
    /** The icon's and the cross's colours where a style names none (the diagram's styles always do). */
    public static final Color DEFAULT_INK = Color.DARK_GRAY;
    public static final Color DEFAULT_CROSS = Color.RED;

    private static final Map<String, FlatSVGIcon> ICONS = new HashMap<>();
    private static boolean registered;

    /** Registers the shape with JGraphX once; call before painting a diagram. */
    public static synchronized void register() {
        if (!registered) {
            mxGraphics2DCanvas.putShape(NAME, new IconShape());
            registered = true;
        }
    }

    @Override
    public void paintShape(mxGraphics2DCanvas canvas, mxCellState state) {
        super.paintShape(canvas, state);
        Map<String, Object> style = state.getStyle();
        Rectangle r = state.getRectangle();
        double scale = canvas.getScale();
        Graphics2D g = canvas.getGraphics();
        String name = mxUtils.getString(style, ICON, null);
        Color color = mxUtils.getColor(style, mxConstants.STYLE_FONTCOLOR, DEFAULT_INK);
        if (name != null) {
            int size = (int) Math.round(iconSize(style, state) * scale);
            FlatSVGIcon icon = icon(name, color);
            if (icon != null) {
                Graphics2D ig = (Graphics2D) g.create();
                int ix = (int) Math.round(r.getCenterX() - size / 2.0);
                int iy = (int) Math.round(r.y + 9 * scale);
                ig.translate(ix, iy);
                ig.scale(size / 24.0, size / 24.0);
                icon.paintIcon(null, ig, 0, 0);
                ig.dispose();
            }
        }
        if ("1".equals(mxUtils.getString(style, CROSSED, "0"))) {
            Graphics2D cg = (Graphics2D) g.create();
            cg.setColor(mxUtils.getColor(style, mxConstants.STYLE_STROKECOLOR, DEFAULT_CROSS));
            cg.setStroke(new BasicStroke((float) (3 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int inset = (int) Math.round(6 * scale);
            cg.drawLine(r.x + inset, r.y + inset, r.x + r.width - inset, r.y + r.height - inset);
            cg.drawLine(r.x + r.width - inset, r.y + inset, r.x + inset, r.y + r.height - inset);
            cg.dispose();
        }
    }

    /**
     * The icon's size in diagram units: 30, smaller as enlarged labels need the box's height
     * (each line of text grows by the extra font size), never under 14.
     */
    static double iconSize(Map<String, Object> style, mxCellState state) {
        double font = mxUtils.getDouble(style, mxConstants.STYLE_FONTSIZE, 13);
        if (font <= 13) {
            return 30;
        }
        Object label = state.getView().getGraph().getModel().getValue(state.getCell());
        int lines = label == null ? 1 : (int) label.toString().chars().filter(c -> c == '\n').count() + 1;
        return Math.max(14, 30 - lines * (font - 13) * 1.3);
    }

    private static synchronized FlatSVGIcon icon(String name, Color color) {
        String key = name + "#" + Integer.toHexString(color.getRGB());
        return ICONS.computeIfAbsent(key, k -> {
            FlatSVGIcon icon = new FlatSVGIcon("icons/" + name + ".svg", 24, 24);
            if (!icon.hasFound()) {
                return null;
            }
            icon.setColorFilter(new FlatSVGIcon.ColorFilter(c -> new Color(color.getRed(), color.getGreen(),
                    color.getBlue(), c.getAlpha())));
            return icon;
        });
    }
}
