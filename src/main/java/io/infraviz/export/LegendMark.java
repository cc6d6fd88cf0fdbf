package io.infraviz.export;

import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.TrafficMark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;

/** The marks and box states the exported legend explains, each drawn as on the diagram. */
enum LegendMark {
    READ("Read"), WRITE("Write"), STALE("Stale read"), FAILURE("Failure"), REPLICATION("Replication"),
    PROBE("Health probe"), DOWN_BOX("Crossed out = down"), WARN_BOX("Amber dashed = failing checks / hung");

    /** The legend's rows before wrapping: the traffic marks, then the box states. */
    static final LegendMark[][] GROUPS = {
            {READ, WRITE, STALE, FAILURE, REPLICATION, PROBE},
            {DOWN_BOX, WARN_BOX}};

    final String label;

    LegendMark(String label) {
        this.label = label;
    }

    double markWidth() {
        return this == DOWN_BOX || this == WARN_BOX ? 28 : 18;
    }

    /** Draws the mark centred vertically on cy, starting at x. */
    void paint(Graphics2D g0, DiagramTheme theme, double x, double cy) {
        Graphics2D g = (Graphics2D) g0.create();
        double cx = x + markWidth() / 2;
        switch (this) {
            case READ -> TrafficMark.READ.paint(g, cx, cy, 0.9);
            case WRITE -> TrafficMark.WRITE.paint(g, cx, cy, 0.9);
            case STALE -> TrafficMark.STALE.paint(g, cx, cy, 0.9);
            case REPLICATION -> TrafficMark.REPLICATION.paint(g, cx, cy, 0.9);
            case PROBE -> TrafficMark.PROBE.paint(g, cx, cy, 0.9);
            case FAILURE -> {
                g.setColor(DiagramTheme.FAILURE);
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(cx - 5.5, cy - 5.5, cx + 5.5, cy + 5.5));
                g.draw(new Line2D.Double(cx + 5.5, cy - 5.5, cx - 5.5, cy + 5.5));
            }
            case DOWN_BOX -> {
                box(g, x, cy, theme.deadFill(), theme.down(), 1.5f, new float[] {3, 2});
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x + 5, cy - 5, x + 23, cy + 5));
                g.draw(new Line2D.Double(x + 23, cy - 5, x + 5, cy + 5));
            }
            case WARN_BOX -> box(g, x, cy, theme.warnFill(), theme.warn(), 2f, new float[] {4, 3});
        }
        g.dispose();
    }

    /** A small filled box with a dashed outline, as the diagram draws a part in that state; leaves its colour set. */
    private static void box(Graphics2D g, double x, double cy, Color fill, Color line, float width, float[] dashes) {
        RoundRectangle2D r = new RoundRectangle2D.Double(x + 1, cy - 9, 26, 18, 6, 6);
        g.setColor(fill);
        g.fill(r);
        g.setColor(line);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dashes, 0));
        g.draw(r);
    }
}
