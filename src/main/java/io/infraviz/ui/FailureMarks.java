package io.infraviz.ui;

import com.mxgraph.view.mxCellState;
import com.mxgraph.view.mxGraphView;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramLayout;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where something failed: a cross on the part's corner with the status and the reason in a label
 * beside it, placed where it covers no other part, fading out over a few seconds of play. Failed
 * requests and the attacker's tries (blocked ones in green) leave one.
 */
final class FailureMarks {
    /** How long a mark stays, in play time ({@link PlayClock}). */
    static final long SHOWN_NANOS = 3_000_000_000L;
    private static final int MAX_MARKS = 40;

    /** {@code status} is the short form ("503") drawn when the full text finds no free spot. */
    private record FailureMark(String componentId, String status, String text, long bornNanos, Color color) {
    }

    private final Diagram diagram;
    private final PlayClock clock;
    private final ArrayDeque<FailureMark> marks = new ArrayDeque<>();
    private boolean reducedMotion;

    FailureMarks(Diagram diagram, PlayClock clock) {
        this.diagram = diagram;
        this.clock = clock;
    }

    void setReducedMotion(boolean reduced) {
        this.reducedMotion = reduced;
    }

    /** Forgets every mark (the run started over). */
    void clear() {
        marks.clear();
    }

    /** Adds a mark for each failure among a frame's events, and drops those older than {@link #SHOWN_NANOS}. */
    void take(List<SimEvent> events, long now) {
        for (SimEvent e : events) {
            if (e instanceof SimEvent.RequestCompleted rc && !rc.result().failedAt().isEmpty()) {
                RequestResult r = rc.result();
                String status = r.outcome().answered() ? r.outcome().status() : r.outcome().title();
                add(new FailureMark(r.failedAt(), status, status + " · " + shortReason(r.reason()), now,
                        DiagramTheme.FAILURE));
            } else if (e instanceof SimEvent.AttackTried a) {
                String port = a.port() == 3306 ? "MySQL 3306" : "SSH 22";
                add(new FailureMark(a.host(), port, a.blocked() ? port + " dropped by the firewall" : "attacker in: " + port,
                        now, a.blocked() ? DiagramTheme.REPLICATION : DiagramTheme.FAILURE));
            }
        }
        while (!marks.isEmpty() && now - marks.peekFirst().bornNanos() > SHOWN_NANOS) {
            marks.removeFirst();
        }
    }

    private void add(FailureMark m) {
        marks.addLast(m);
        while (marks.size() > MAX_MARKS) {
            marks.removeFirst();
        }
    }

    /** The marks' texts, oldest first. */
    List<String> texts() {
        return marks.stream().map(FailureMark::text).toList();
    }

    /** How opaque a mark of this age (0 born, 1 gone) is drawn: fully while paused, so it reads. */
    float opacity(float age) {
        return reducedMotion || !clock.moving() ? 1f : Math.max(0f, 1f - age * age);
    }

    /** The first clause of a failure's reason, e.g. "the Primary is down". */
    static String shortReason(String reason) {
        int cut = reason.length();
        for (char c : new char[] {':', ',', '('}) {
            int i = reason.indexOf(c);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        String s = reason.substring(0, cut).trim();
        return s.length() > 42 ? s.substring(0, 40) + "…" : s;
    }

    /** At most three marks a part, stacked down its right edge; {@code visible} keeps labels in view. */
    void paint(Graphics2D g, mxGraphView v, double scale, Rectangle visible) {
        if (marks.isEmpty()) {
            return;
        }
        Composite old = g.getComposite();
        g.setFont(OverlayTags.font(12, scale, diagram));
        FontMetrics fm = g.getFontMetrics();
        LabelPlacer placer = new LabelPlacer(boxes(v), visible);
        Map<String, Integer> stack = new HashMap<>();
        for (FailureMark m : marks) {
            mxCellState st = v.getState(diagram.cellOf(m.componentId()));
            if (st == null) {
                continue;
            }
            int n = stack.merge(m.componentId(), 1, Integer::sum) - 1;
            if (n > 2) {
                continue;
            }
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER,
                    opacity((clock.now() - m.bornNanos()) / (float) SHOWN_NANOS)));
            double r = 9 * scale;
            double cx = st.getX() + st.getWidth() - r * 0.6;
            double cy = st.getY() + r * 0.6 + n * (r * 2.2);
            g.setColor(m.color());
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            g.setColor(DiagramTheme.INK_ON_MARK);
            g.setStroke(new BasicStroke((float) (2.2 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double k = r * 0.45;
            g.draw(new Line2D.Double(cx - k, cy - k, cx + k, cy + k));
            g.draw(new Line2D.Double(cx + k, cy - k, cx - k, cy + k));
            Rectangle2D part = new Rectangle2D.Double(st.getX(), st.getY(), st.getWidth(), st.getHeight());
            List<Rectangle2D> own = ownBoxes(v, m.componentId(), part);
            String text = m.text();
            Rectangle2D spot = placer.place(part, own, fm.stringWidth(text) + 8, fm.getHeight());
            if (spot == null) {
                // No free room for the reason: the status alone, over the part itself.
                text = m.status();
                double w = fm.stringWidth(text) + 8;
                spot = new Rectangle2D.Double(cx - r - 2 - w, cy - fm.getHeight() / 2.0, w, fm.getHeight());
            }
            g.setColor(m.color());
            g.fill(new RoundRectangle2D.Double(spot.getX(), spot.getY(), spot.getWidth(), spot.getHeight(), 6, 6));
            g.setColor(DiagramTheme.INK_ON_MARK);
            g.drawString(text, (float) (spot.getX() + 4), (float) (spot.getY() + fm.getAscent()));
        }
        g.setComposite(old);
    }

    /** Every part's and server's box and title strip on screen: what a failure label must not cover. */
    private List<Rectangle2D> boxes(mxGraphView v) {
        List<Rectangle2D> out = new ArrayList<>();
        for (Component c : diagram.topology().components()) {
            addBox(out, v.getState(diagram.cellOf(c.id())));
        }
        for (Host h : diagram.topology().hosts()) {
            mxCellState st = v.getState(diagram.cellOf(h.id()));
            addBox(out, st);
            if (st != null) {
                // The title strip says the server's name and the load balancer's view of it: no
                // label covers it, not even one of its own parts'.
                out.add(new Rectangle2D.Double(st.getX(), st.getY(), st.getWidth(), DiagramLayout.TITLE * v.getScale()));
            }
        }
        return out;
    }

    private static void addBox(List<Rectangle2D> out, mxCellState st) {
        if (st != null) {
            out.add(new Rectangle2D.Double(st.getX(), st.getY(), st.getWidth(), st.getHeight()));
        }
    }

    /** The failing part's own box and its server's, which its label may cover. */
    private List<Rectangle2D> ownBoxes(mxGraphView v, String id, Rectangle2D part) {
        List<Rectangle2D> own = new ArrayList<>(List.of(part));
        String host = diagram.topology().component(id).map(Component::hostId).orElse(id);
        if (host != null) {
            addBox(own, v.getState(diagram.cellOf(host)));
        }
        return own;
    }
}
