package io.infraviz.diagram;

import java.awt.Font;

/**
 * Every font the app draws with: one family, pinned so that the window and the exported pictures
 * look the same everywhere, in the few sizes the diagram, the exports, the overlays and the charts use.
 */
public final class Fonts {
    /** A font every Debian and most desktops have. */
    public static final String FAMILY = "DejaVu Sans";
    /** For SVG, read on other machines: the family, then common fonts where it is not installed. */
    public static final String SVG_FAMILIES = "'" + FAMILY + "', Verdana, Arial, sans-serif";

    /** The window's text (a Swing default), normally and in presentation mode. */
    public static final int WINDOW_SIZE = 13;
    public static final int PRESENTATION_SIZE = 20;

    /** Diagram labels at label scale 1: components and links, and servers' titles (bold). */
    public static final int LABEL_SIZE = 13;
    public static final int HOST_TITLE_SIZE = 14;
    /** The split-brain badge above a database's server. */
    public static final Font BADGE = bold(13);

    /** The caption and legend card under an exported picture. */
    public static final Font CAPTION_TITLE = bold(18);
    public static final Font CAPTION_DETAIL = plain(14);
    public static final Font LEGEND = plain(13);

    /** The live charts. */
    public static final Font CHART_TITLE = bold(12);
    public static final Font CHART_AXIS_TITLE = plain(11);
    public static final Font CHART_LEGEND = plain(11);
    public static final Font CHART_TICKS = plain(10);

    /** The overlay tags and counters on the live diagram never get smaller than this. */
    private static final int MIN_OVERLAY_SIZE = 11;

    private Fonts() {
    }

    public static Font plain(int size) {
        return new Font(FAMILY, Font.PLAIN, size);
    }

    public static Font bold(int size) {
        return new Font(FAMILY, Font.BOLD, size);
    }

    /** The window's text font. */
    public static Font window(boolean presentation) {
        return plain(presentation ? PRESENTATION_SIZE : WINDOW_SIZE);
    }

    /** An overlay's bold font: {@code size} times the zoom and the label scale, never under 11 px. */
    public static Font overlay(int size, double zoom, double labelScale) {
        return bold((int) Math.max(MIN_OVERLAY_SIZE, Math.round(size * zoom * labelScale)));
    }

    /** Fixed-width text (raw output a class reads character by character), at a given size. */
    public static Font monospaced(int size) {
        return new Font(Font.MONOSPACED, Font.PLAIN, size);
    }
}
