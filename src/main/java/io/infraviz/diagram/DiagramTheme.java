package io.infraviz.diagram;

import java.awt.Color;

/**
 * The diagram's colours in the light and the dark theme. Traffic marks use the Okabe-Ito palette
 * (colour-blind safe) in both, and every state is also told by shape or text, never by colour alone.
 */
public enum DiagramTheme {
    LIGHT("#F8FAFC", "#FFFFFF", "#94A3B8", "#0F172A", "#FFFFFF", "#64748B", "#0F172A", "#94A3B8",
            "#E5E7EB", "#6B7280", "#B45309", "#FEF3C7", "#B91C1C", "#FEE2E2", "#1D4ED8"),
    DARK("#0F172A", "#1E293B", "#475569", "#E2E8F0", "#334155", "#94A3B8", "#F1F5F9", "#64748B",
            "#0B1120", "#6B7280", "#FBBF24", "#422006", "#F87171", "#450A0A", "#93C5FD");

    /** Okabe-Ito: read (blue), write (orange), stale (reddish purple), failure (vermillion), replication (bluish green). */
    public static final Color READ = new Color(0x0072B2);
    public static final Color WRITE = new Color(0xE69F00);
    public static final Color STALE = new Color(0xCC79A7);
    public static final Color FAILURE = new Color(0xD55E00);
    public static final Color REPLICATION = new Color(0x009E73);
    public static final Color PROBE = new Color(0x8A8F98);

    public final String canvas;
    public final String hostFill;
    public final String hostStroke;
    public final String hostText;
    public final String componentFill;
    public final String componentStroke;
    public final String componentText;
    public final String edge;
    public final String deadFill;
    public final String deadText;
    public final String warn;
    public final String warnFill;
    public final String down;
    public final String downFill;
    public final String accent;

    DiagramTheme(String canvas, String hostFill, String hostStroke, String hostText, String componentFill,
                 String componentStroke, String componentText, String edge, String deadFill, String deadText,
                 String warn, String warnFill, String down, String downFill, String accent) {
        this.canvas = canvas;
        this.hostFill = hostFill;
        this.hostStroke = hostStroke;
        this.hostText = hostText;
        this.componentFill = componentFill;
        this.componentStroke = componentStroke;
        this.componentText = componentText;
        this.edge = edge;
        this.deadFill = deadFill;
        this.deadText = deadText;
        this.warn = warn;
        this.warnFill = warnFill;
        this.down = down;
        this.downFill = downFill;
        this.accent = accent;
    }

    public Color canvasColor() {
        return Color.decode(canvas);
    }

    public Color textColor() {
        return Color.decode(componentText);
    }

    public Color downColor() {
        return Color.decode(down);
    }

    public Color warnColor() {
        return Color.decode(warn);
    }

    public boolean dark() {
        return this == DARK;
    }
}
