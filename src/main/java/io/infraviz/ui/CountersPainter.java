package io.infraviz.ui;

import com.mxgraph.view.mxCellState;
import com.mxgraph.view.mxGraphView;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Role;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.request.RunCounters;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's totals drawn small on the diagram (View > Counters): on each server's bottom edge
 * "✓ 120 served  ✕ 3 failed", on each database "stale 4 · lost 2", so a class can compare the
 * two servers of round robin or count what a failover lost without leaving the diagram.
 * Everything is read from {@link Simulation#counters()}; nothing is kept here.
 */
final class CountersPainter {
    /** One piece of a pill's text and its colour. */
    record Part(String text, Color color) {
    }

    private final Diagram diagram;

    CountersPainter(Diagram diagram) {
        this.diagram = diagram;
    }

    /** What the pill of a server (host) says: served and failed for servers that answer requests, else failures only. */
    static List<Part> serverText(RunCounters c, Host h, boolean answers, Color text) {
        List<Part> parts = new ArrayList<>();
        RunCounters.Totals server = c.server(h.id());
        long failed = server.failed();
        if (answers) {
            parts.add(new Part("✓ " + server.served() + " served", text));
        }
        if (answers || failed > 0) {
            parts.add(new Part((parts.isEmpty() ? "" : "   ") + "✕ " + failed + " failed",
                    failed > 0 ? DiagramTheme.FAILURE : text));
        }
        return parts;
    }

    /** What a database's pill says. */
    static List<Part> databaseText(RunCounters c, String id, Color text) {
        RunCounters.Totals db = c.component(id);
        long stale = db.staleReads();
        long lost = db.lostWrites();
        return List.of(new Part("stale " + stale, stale > 0 ? DiagramTheme.STALE : text),
                new Part(" · ", text),
                new Part("lost " + lost, lost > 0 ? DiagramTheme.FAILURE : text));
    }

    void paint(Graphics2D g, SimulationView sim, mxGraphView v) {
        double scale = v.getScale();
        g.setFont(OverlayTags.font(12, scale, diagram));
        Color text = diagram.theme().componentText();
        RunCounters c = sim.counters();
        for (Host h : diagram.topology().hosts()) {
            mxCellState st = v.getState(diagram.cellOf(h.id()));
            boolean answers = h.componentIds().stream().map(diagram.topology()::component)
                    .anyMatch(o -> o.map(x -> x.role() == Role.WEB_SERVER || x.role() == Role.APP_SERVER).orElse(false));
            List<Part> parts = serverText(c, h, answers, text);
            if (st != null && !parts.isEmpty()) {
                // Straddling the bottom edge at the left: the right holds the replication link.
                pill(g, parts, st.getX() + 10 * scale, st.getY() + st.getHeight(), false, scale);
            }
        }
        for (Component comp : diagram.topology().components()) {
            mxCellState st = v.getState(diagram.cellOf(comp.id()));
            if (st == null) {
                continue;
            }
            if (comp.role() == Role.DATABASE) {
                pill(g, databaseText(c, comp.id(), text), st.getCenterX(), st.getY() + st.getHeight(), true, scale);
            } else if (comp.hostId() == null) {
                long failed = c.component(comp.id()).failed();
                if (failed > 0) {
                    // Users or DNS: only when something failed there (DNS lookups).
                    pill(g, List.of(new Part("✕ " + failed + " failed", DiagramTheme.FAILURE)),
                            st.getCenterX(), st.getY() + st.getHeight(), true, scale);
                }
            }
        }
    }

    /** A rounded pill centred vertically on {@code y}, starting at {@code x} or centred on it. */
    private void pill(Graphics2D g, List<Part> parts, double x, double y, boolean centred, double scale) {
        FontMetrics fm = g.getFontMetrics();
        int w = 10;
        for (Part p : parts) {
            w += fm.stringWidth(p.text());
        }
        int h = fm.getHeight();
        double left = centred ? x - w / 2.0 : x;
        double top = y - h / 2.0;
        DiagramTheme t = diagram.theme();
        RoundRectangle2D shape = new RoundRectangle2D.Double(left, top, w, h, h, h);
        g.setColor(t.componentFill());
        g.fill(shape);
        g.setColor(t.componentStroke());
        g.setStroke(new BasicStroke((float) Math.max(1, scale)));
        g.draw(shape);
        float tx = (float) (left + 5);
        float ty = (float) (top + fm.getAscent());
        for (Part p : parts) {
            g.setColor(p.color());
            g.drawString(p.text(), tx, ty);
            tx += fm.stringWidth(p.text());
        }
    }
}
