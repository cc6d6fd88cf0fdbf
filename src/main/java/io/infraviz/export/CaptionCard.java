package io.infraviz.export;

import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Fonts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/** The card under an exported diagram: the caption, the legend, or both, laid out in diagram units. */
final class CaptionCard {
    /** Gap between the diagram and the card, in units. */
    static final double GAP = 8;
    private static final double PAD = 14;
    private static final double ITEM_GAP = 24;
    private static final double MARK_GAP = 8;
    private static final double ROW = 24;
    private static final Font TITLE = Fonts.CAPTION_TITLE;
    private static final Font DETAIL = Fonts.CAPTION_DETAIL;
    private static final Font LEGEND = Fonts.LEGEND;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final DiagramTheme theme;
    private final double width;
    private final List<String> captionTitle = new ArrayList<>();
    private final List<String> captionDetail = new ArrayList<>();
    /** Legend rows: marks placed at x offsets. */
    private final List<List<Placed>> rows = new ArrayList<>();
    private double height;

    private record Placed(LegendMark mark, double x) {
    }

    private CaptionCard(DiagramTheme theme, double width) {
        this.theme = theme;
        this.width = width;
    }

    /**
     * Lays the card out {@code width} units wide.
     *
     * @param caption the caption's title and detail line ({@link CaptionText#lines}), or null for none
     */
    static CaptionCard layout(DiagramTheme theme, List<String> caption, boolean legend, double width) {
        CaptionCard c = new CaptionCard(theme, width);
        double inner = width - 2 * PAD;
        double h = PAD;
        if (caption != null) {
            c.captionTitle.addAll(wrap(caption.get(0), TITLE, inner));
            c.captionDetail.addAll(wrap(caption.get(1), DETAIL, inner));
            h += c.captionTitle.size() * lineHeight(TITLE) + c.captionDetail.size() * lineHeight(DETAIL);
        }
        if (legend) {
            if (caption != null) {
                h += 12;
            }
            for (LegendMark[] group : LegendMark.GROUPS) {
                List<Placed> row = new ArrayList<>();
                double x = 0;
                for (LegendMark m : group) {
                    double w = m.markWidth() + MARK_GAP + width(m.label, LEGEND);
                    if (x > 0 && x + w > inner) {
                        c.rows.add(row);
                        row = new ArrayList<>();
                        x = 0;
                    }
                    row.add(new Placed(m, x));
                    x += w + ITEM_GAP;
                }
                c.rows.add(row);
            }
            h += c.rows.size() * ROW;
        }
        c.height = h + PAD - (legend ? 4 : 0);
        return c;
    }

    /** The card's height in units. */
    double height() {
        return height;
    }

    /** Paints the card with its top left corner at the origin, in units. */
    void paint(Graphics2D g) {
        Color text = theme.hostText();
        RoundRectangle2D box = new RoundRectangle2D.Double(0, 0, width, height, 14, 14);
        g.setColor(theme.hostFill());
        g.fill(box);
        g.setColor(theme.hostStroke());
        g.setStroke(new BasicStroke(1.5f));
        g.draw(box);
        double y = PAD;
        g.setColor(text);
        for (String line : captionTitle) {
            y = drawLine(g, line, TITLE, y);
        }
        g.setColor(theme.componentText());
        for (String line : captionDetail) {
            y = drawLine(g, line, DETAIL, y);
        }
        if (!rows.isEmpty()) {
            if (!captionTitle.isEmpty()) {
                g.setColor(theme.hostStroke());
                g.setStroke(new BasicStroke(1f));
                g.draw(new Line2D.Double(PAD, y + 6, width - PAD, y + 6));
                y += 12;
            }
            paintLegend(g, text, y);
        }
    }

    private void paintLegend(Graphics2D g, Color text, double top) {
        g.setFont(LEGEND);
        float ascent = LEGEND.getLineMetrics("Ag", FRC).getAscent();
        float descent = LEGEND.getLineMetrics("Ag", FRC).getDescent();
        double y = top;
        for (List<Placed> row : rows) {
            double cy = y + ROW / 2;
            for (Placed p : row) {
                double x = PAD + p.x();
                p.mark().paint(g, theme, x, cy);
                g.setColor(text);
                g.drawString(p.mark().label, (float) (x + p.mark().markWidth() + MARK_GAP),
                        (float) (cy + (ascent - descent) / 2));
            }
            y += ROW;
        }
    }

    private static double drawLine(Graphics2D g, String line, Font font, double y) {
        g.setFont(font);
        float ascent = font.getLineMetrics(line, FRC).getAscent();
        g.drawString(line, (float) PAD, (float) (y + ascent));
        return y + lineHeight(font);
    }

    private static double lineHeight(Font f) {
        return Math.ceil(f.getSize2D() * 1.45);
    }

    private static double width(String text, Font f) {
        return f.getStringBounds(text, FRC).getWidth();
    }

    /** Breaks a line at spaces so that every piece fits the width (a single long word stays whole). */
    static List<String> wrap(String text, Font f, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate.strip(), f) > maxWidth) {
                lines.add(line.toString().strip());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }
}
