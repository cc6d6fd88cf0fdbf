package io.infraviz.ui;

import com.mxgraph.view.mxCellState;
import com.mxgraph.view.mxGraphView;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Fonts;
import io.infraviz.model.Component;
import io.infraviz.model.Link;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Map;

/**
 * The short tags the traffic layer writes beside parts and links: how many requests wait at a
 * part, where the load balancer sent the last request, what the eavesdropper on the Internet link
 * just read, and the single points of failure. Each is a rounded tag of one line, sized with the
 * zoom and the label scale.
 */
final class OverlayTags {
    private final Diagram diagram;
    private Map<String, String> spofs = Map.of();
    private boolean showSpofs;
    private SimEvent.Eavesdropped eavesdropped;
    private long eavesdroppedNanos;

    OverlayTags(Diagram diagram) {
        this.diagram = diagram;
    }

    /** The overlay's bold font: {@code size} at this zoom and label scale, never under 11 px. */
    static Font font(int size, double scale, Diagram diagram) {
        return Fonts.overlay(size, scale, diagram.labelScale());
    }

    void setSpofs(Map<String, String> spofs) {
        this.spofs = Map.copyOf(spofs);
    }

    void setShowSpofs(boolean show) {
        this.showSpofs = show;
    }

    /** Keeps the newest thing the eavesdropper read among a frame's events, and when (play time). */
    void take(List<SimEvent> events, long now) {
        for (SimEvent e : events) {
            if (e instanceof SimEvent.Eavesdropped ev) {
                eavesdropped = ev;
                eavesdroppedNanos = now;
            }
        }
    }

    /** Requests waiting in a queue or at a component that does not answer: a count under the box. */
    void paintWaiting(Graphics2D g, Map<Integer, Integer> waitingAt, List<Component> components, mxGraphView v,
                      double scale) {
        if (waitingAt.isEmpty()) {
            return;
        }
        g.setFont(font(12, scale, diagram));
        for (Map.Entry<Integer, Integer> e : waitingAt.entrySet()) {
            mxCellState st = v.getState(diagram.cellOf(components.get(e.getKey()).id()));
            if (st != null) {
                tag(g, e.getValue() + " waiting", st.getCenterX(), st.getY() + st.getHeight() + 3 * scale,
                        diagram.theme().warn(), inkOnColour());
            }
        }
    }

    /** Shows the load balancer's latest choice next to it: where round robin sent the last request. */
    void paintLastChoice(Graphics2D g, SimulationView sim, String lastBackend, mxGraphView v, double scale) {
        if (lastBackend == null || sim.topology().backends().isEmpty()) {
            return;
        }
        mxCellState lb = v.getState(diagram.cellOf(sim.topology().entryPoint()));
        if (lb == null) {
            return;
        }
        g.setFont(font(12, scale, diagram));
        tag(g, "→ " + lastBackend, lb.getCenterX(), lb.getY() + lb.getHeight() + 6 * scale,
                diagram.theme().accent(), inkOnColour());
    }

    /**
     * What the eavesdropper on the Internet link just read, next to the link, for as long as a
     * failure mark; kept inside {@code visible} (a long line would run off a laptop's narrow view).
     */
    void paintEavesdropper(Graphics2D g, SimulationView sim, long now, mxGraphView v, double scale, java.awt.Rectangle visible) {
        if (eavesdropped == null || now - eavesdroppedNanos > FailureMarks.SHOWN_NANOS) {
            return;
        }
        Link link = diagram.linkBetween("users", sim.topology().entryPoint());
        mxCellState edge = link == null ? null : v.getState(diagram.edgeOf(link.id()));
        if (edge == null) {
            return;
        }
        String seen = eavesdropped.text();
        String text = eavesdropped.readable()
                ? "eavesdropper reads: " + (seen.contains("user=") ? seen.substring(seen.indexOf("user=")) : seen)
                : "eavesdropper: ciphertext only (HTTPS)";
        g.setFont(font(11, scale, diagram));
        // Above the two boxes the link joins, so it hides neither of their labels.
        double top = edge.getY();
        for (String id : new String[] {"users", sim.topology().entryPoint()}) {
            mxCellState st = v.getState(diagram.cellOf(id));
            if (st != null) {
                top = Math.min(top, st.getY());
            }
            String host = sim.topology().component(id).map(c -> c.hostId()).orElse(null);
            mxCellState hs = host == null ? null : v.getState(diagram.cellOf(host));
            if (hs != null) {
                top = Math.min(top, hs.getY());
            }
        }
        double half = tagWidth(g.getFontMetrics(), text) / 2.0;
        double centre = Math.max(visible.x + half + 2, Math.min(visible.x + visible.width - half - 2, edge.getCenterX()));
        tag(g, text, centre, top - tagHeight(g.getFontMetrics()) - 6 * scale,
                eavesdropped.readable() ? DiagramTheme.FAILURE : DiagramTheme.REPLICATION, DiagramTheme.INK_ON_MARK);
    }

    /** A dashed red outline and a "SPOF" tag on every single point of failure. */
    void paintSpofs(Graphics2D g, mxGraphView v, double scale) {
        if (!showSpofs || spofs.isEmpty()) {
            return;
        }
        g.setFont(font(11, scale, diagram));
        FontMetrics fm = g.getFontMetrics();
        for (Map.Entry<String, String> e : spofs.entrySet()) {
            mxCellState st = v.getState(diagram.cellOf(e.getKey()));
            if (st == null) {
                continue;
            }
            g.setColor(DiagramTheme.FAILURE);
            g.setStroke(new BasicStroke((float) (2.5 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {(float) (7 * scale), (float) (5 * scale)}, 0));
            double pad = 3 * scale;
            g.draw(new RoundRectangle2D.Double(st.getX() - pad, st.getY() - pad, st.getWidth() + 2 * pad,
                    st.getHeight() + 2 * pad, 10 * scale, 10 * scale));
            String tag = e.getValue().equals("all") ? "SPOF" : "SPOF for " + e.getValue();
            int w = fm.stringWidth(tag) + 10;
            int h = fm.getHeight();
            double x = st.getX() + st.getWidth() - w;
            double y = st.getY() - pad - h / 2.0;
            g.fill(new RoundRectangle2D.Double(x, y, w, h, h, h));
            g.setColor(DiagramTheme.INK_ON_MARK);
            g.drawString(tag, (float) (x + 5), (float) (y + fm.getAscent()));
        }
    }

    /** Dark ink on the bright tag colours of the dark theme, white on the deeper ones of the light theme. */
    private Color inkOnColour() {
        return diagram.theme().tagInk();
    }

    private static int tagHeight(FontMetrics fm) {
        return fm.getHeight() + 2;
    }

    private static int tagWidth(FontMetrics fm, String text) {
        return fm.stringWidth(text) + 12;
    }

    /** A one-line tag in the current font, centred on {@code centerX} with its top at {@code top} (whole pixels). */
    private static void tag(Graphics2D g, String text, double centerX, double top, Color fill, Color ink) {
        FontMetrics fm = g.getFontMetrics();
        int w = tagWidth(fm, text);
        int h = tagHeight(fm);
        int x = (int) (centerX - w / 2.0);
        int y = (int) top;
        g.setColor(fill);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, h, h));
        g.setColor(ink);
        g.drawString(text, x + 6, y + fm.getAscent() + 1);
    }
}
