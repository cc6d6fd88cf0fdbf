package io.infraviz.diagram;

import java.awt.Color;
import java.util.List;

/**
 * Every colour the app draws with, in one place: the theme-dependent ones as named fields of the
 * {@link #LIGHT} and {@link #DARK} theme, and the traffic colours both themes share. Traffic marks
 * use the Okabe-Ito palette (colour-blind safe), and every state is also told by shape or text,
 * never by colour alone.
 *
 * @param dark             the dark theme (bright marks and tags take dark ink)
 * @param canvas           the diagram's, the charts' and the exported picture's background
 * @param edge             a plain link, and the charts' plot border
 * @param accent           selection, the followed request, the balancer's last choice
 * @param hostFill         a server box (and the export's caption card)
 * @param hostStroke       a server box's outline
 * @param hostText         a server's title, link labels
 * @param componentFill    a component box (and the counters' pills)
 * @param componentStroke  a component box's outline
 * @param componentText    a component's label, the charts' text
 * @param warn             failing checks or hung: outline and words
 * @param warnFill         failing checks or hung: fill
 * @param down             down or cut: outline, cross and words
 * @param downFill         a server that is down: fill
 * @param deadFill         a component that is down: fill
 * @param onDown           text on a badge filled with {@link #down}
 * @param replicationLabel the replication link's words
 * @param tagInk           text on the overlay tags filled with {@link #warn} or {@link #accent}
 * @param chartGrid        the charts' grid lines
 */
public record DiagramTheme(boolean dark, Color canvas, Color edge, Color accent,
                           Color hostFill, Color hostStroke, Color hostText,
                           Color componentFill, Color componentStroke, Color componentText,
                           Color warn, Color warnFill, Color down, Color downFill, Color deadFill,
                           Color onDown, Color replicationLabel, Color tagInk, Color chartGrid) {

    /** The Okabe-Ito hues the marks and the charts use. */
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** Okabe-Ito's reddish purple a shade darker: the original is under 3:1 on the light canvas. */
    public static final Color DARKER_REDDISH_PURPLE = new Color(0xB76C96);

    /** The traffic and failure colours, the same in both themes. */
    public static final Color READ = BLUE;
    public static final Color WRITE = ORANGE;
    public static final Color STALE = REDDISH_PURPLE;
    public static final Color FAILURE = VERMILLION;
    public static final Color REPLICATION = BLUISH_GREEN;
    public static final Color PROBE = new Color(0x8A8F98);
    /** The light rim around a traffic mark, so it stands out on a link of any colour. */
    public static final Color MARK_OUTLINE = new Color(255, 255, 255, 230);
    /** Text and crosses on a tag or badge filled with {@link #FAILURE} or {@link #REPLICATION}. */
    public static final Color INK_ON_MARK = Color.WHITE;
    /** Nothing: a box that should not cover what is under it. */
    public static final Color CLEAR = new Color(0, 0, 0, 0);

    public static final DiagramTheme LIGHT = new DiagramTheme(false,
            new Color(0xF8FAFC), new Color(0x94A3B8), new Color(0x1D4ED8),                    // canvas, edge, accent
            new Color(0xFFFFFF), new Color(0x94A3B8), new Color(0x0F172A),                    // host
            new Color(0xFFFFFF), new Color(0x64748B), new Color(0x0F172A),                    // component
            new Color(0xB45309), new Color(0xFEF3C7), new Color(0xB91C1C), new Color(0xFEE2E2), // warn, down
            new Color(0xE5E7EB),                                                              // deadFill
            new Color(0xFFFFFF), new Color(0x047857), Color.WHITE, new Color(0xE2E8F0));      // onDown … chartGrid

    public static final DiagramTheme DARK = new DiagramTheme(true,
            new Color(0x0F172A), new Color(0x64748B), new Color(0x93C5FD),                    // canvas, edge, accent
            new Color(0x1E293B), new Color(0x475569), new Color(0xE2E8F0),                    // host
            new Color(0x334155), new Color(0x94A3B8), new Color(0xF1F5F9),                    // component
            new Color(0xFBBF24), new Color(0x422006), new Color(0xF87171), new Color(0x450A0A), // warn, down
            new Color(0x0B1120),                                                              // deadFill
            new Color(0x0F172A), new Color(0x34D399), Color.BLACK, new Color(0x334155));      // onDown … chartGrid

    /** Both themes, light first. */
    public static List<DiagramTheme> both() {
        return List.of(LIGHT, DARK);
    }

    /** The accent, translucent: a band under a selected or followed link that lets the link show through. */
    public Color accentBand() {
        return new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 110);
    }

    /** A colour as JGraphX styles and SVG write it, e.g. "#F8FAFC". */
    public static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}
