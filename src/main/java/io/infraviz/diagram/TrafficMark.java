package io.infraviz.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The marks of moving traffic, each different in shape as well as colour (Okabe-Ito): the one
 * place they are drawn, for the live view and for the legends.
 */
public enum TrafficMark {
    READ, WRITE, STALE, REPLICATION, PROBE, ORPHAN;

    /** Half the mark's size at scale 1. */
    public double radius() {
        return switch (this) {
            case PROBE -> 3.5;
            case ORPHAN -> 4.5;
            default -> 7;
        };
    }

    /** Draws the mark centred on (cx, cy); {@code scale} 1 is the diagram's own size. */
    public void paint(Graphics2D g0, double cx, double cy, double scale) {
        Graphics2D g = (Graphics2D) g0.create();
        double r = radius() * scale;
        g.setStroke(new BasicStroke((float) (1.5 * scale)));
        switch (this) {
            case READ -> fillOutlined(g, circle(cx, cy, r), DiagramTheme.READ);
            case WRITE -> {
                double s = r * 0.9;
                fillOutlined(g, new Rectangle2D.Double(cx - s, cy - s, 2 * s, 2 * s), DiagramTheme.WRITE);
            }
            case STALE -> {
                fillOutlined(g, circle(cx, cy, r * 0.6), DiagramTheme.STALE);
                g.setColor(DiagramTheme.STALE);
                g.setStroke(new BasicStroke((float) (2 * scale)));
                g.draw(circle(cx, cy, r));
            }
            case REPLICATION -> {
                Path2D d = new Path2D.Double();
                d.moveTo(cx, cy - r);
                d.lineTo(cx + r, cy);
                d.lineTo(cx, cy + r);
                d.lineTo(cx - r, cy);
                d.closePath();
                fillOutlined(g, d, DiagramTheme.REPLICATION);
            }
            case PROBE -> {
                g.setColor(DiagramTheme.PROBE);
                g.fill(circle(cx, cy, r));
            }
            case ORPHAN -> {
                g.setColor(DiagramTheme.PROBE);
                g.draw(circle(cx, cy, r));
            }
        }
        g.dispose();
    }

    /** The mark pre-drawn in an image of its own (centred), so many can be blitted fast. */
    public java.awt.image.BufferedImage sprite(double scale) {
        int size = (int) Math.ceil(radius() * scale * 2 + 4 * scale);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(size, size,
                java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        paint(g, size / 2.0, size / 2.0, scale);
        g.dispose();
        return img;
    }

    private static Shape circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    private static void fillOutlined(Graphics2D g, Shape s, Color fill) {
        g.setColor(fill);
        g.fill(s);
        g.setColor(DiagramTheme.MARK_OUTLINE);
        g.draw(s);
    }
}
