package io.infraviz.ui;

import com.mxgraph.util.mxPoint;
import com.mxgraph.view.mxCellState;
import com.mxgraph.view.mxGraphView;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.TrafficMark;
import io.infraviz.model.Component;
import io.infraviz.model.Link;
import io.infraviz.sim.Request;
import io.infraviz.sim.RequestResult;
import io.infraviz.sim.SimEvent;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.Traveller;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paints the traffic over the diagram: every traveller on its current hop, placed by
 * interpolating between the hop's start and end times along the link's drawn path. Reads are blue
 * circles, writes orange squares, stale reads purple circles with a ring, replication green
 * diamonds, health probes small grey dots; failures are a vermillion cross with the reason where
 * they happened, fading out. Shapes differ as well as colours.
 */
public final class TrafficLayer implements SimulationDriver.FrameListener {
    private static final long FAILURE_SHOWN_NANOS = 3_000_000_000L;
    private static final int MAX_MARKS = 40;

    /** {@code status} is the short form ("503") drawn when the full text finds no free spot. */
    private record FailureMark(String componentId, String status, String text, long bornNanos, Color color) {
    }

    private final Diagram diagram;
    private Simulation sim;
    private final ArrayDeque<FailureMark> marks = new ArrayDeque<>();
    private final Map<Long, double[]> paths = new HashMap<>();
    private final Map<TrafficMark, BufferedImage> sprites = new java.util.EnumMap<>(TrafficMark.class);
    private double pathScale = -1;
    private double pathTx;
    private double pathTy;
    private boolean reducedMotion;
    private String lastBackend;
    private final Map<Integer, Integer> waitingAt = new HashMap<>();
    private Map<String, String> spofs = Map.of();
    private boolean showSpofs;
    private boolean showCounters;
    private final CountersPainter counters;
    private final RequestFollower follower = new RequestFollower();
    private SimEvent.Eavesdropped eavesdropped;
    private long eavesdroppedNanos;
    /**
     * Marks age on this clock: wall time that passed while the simulation moved. Paused, nothing
     * fades, so a person can read every label for as long as they like.
     */
    private long clockNanos;
    private long lastWallNanos = -1;
    private long lastSimNow = -1;
    private boolean moving;
    private java.util.function.LongSupplier wallClock = System::nanoTime;

    public TrafficLayer(Diagram diagram) {
        this.diagram = diagram;
        this.counters = new CountersPainter(diagram);
    }

    public void setReducedMotion(boolean reduced) {
        this.reducedMotion = reduced;
    }

    /** The single points of failure to mark (id → "all", "writes" or "reads"). */
    public void setSpofs(Map<String, String> spofs) {
        this.spofs = Map.copyOf(spofs);
    }

    /** Whether the single points of failure are marked (View > Single points of failure). */
    public void setShowSpofs(boolean show) {
        this.showSpofs = show;
    }

    /** Whether the run's totals are drawn on each server and database (View > Counters). */
    public void setShowCounters(boolean show) {
        this.showCounters = show;
    }

    public boolean showCounters() {
        return showCounters;
    }

    /** Follows one request (click on its dot, or {@link RequestFollower#followNextRequest()}). */
    public RequestFollower follower() {
        return follower;
    }

    /**
     * The request whose dot is at a view point, or -1. Only dots travelling along a link count:
     * the ones being worked on sit over a part's box, where a click kills the part.
     */
    public long requestAt(double x, double y) {
        if (sim == null) {
            return -1;
        }
        mxGraphView v = diagram.graph().getView();
        List<Component> components = diagram.topology().components();
        double reach = Math.max(6, 9 * v.getScale());
        long best = -1;
        double bestDistance = reach;
        for (int i = 0, n = sim.inFlightCount(); i < n; i++) {
            Traveller t = sim.inFlight(i);
            if (!(t instanceof Request r) || t.waiting() || t.fromIndex() == t.toIndex() || t.orphaned()) {
                continue;
            }
            double[] p = position(t, sim.now(), components, v);
            double d = p == null ? Double.MAX_VALUE : Math.hypot(p[0] - x, p[1] - y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = r.index();
            }
        }
        return best;
    }

    @Override
    public void frame(Simulation simulation, List<SimEvent> events, boolean rebuilt) {
        this.sim = simulation;
        follower.frame(simulation, events, rebuilt);
        if (rebuilt) {
            marks.clear();
            if (Selection.runStartedOver(simulation)) {
                // A reset or a new stage: what was selected belongs to the run that ended.
                diagram.graph().clearSelection();
            }
        }
        long now = advanceClock(simulation);
        for (SimEvent e : events) {
            if (e instanceof SimEvent.RequestCompleted rc && !rc.result().failedAt().isEmpty()) {
                RequestResult r = rc.result();
                String status = r.outcome().status().equals("-") ? r.outcome().title() : r.outcome().status();
                addMark(new FailureMark(r.failedAt(), status, status + " · " + shortReason(r.reason()), now,
                        DiagramTheme.FAILURE));
            } else if (e instanceof SimEvent.AttackTried a) {
                String port = a.port() == 3306 ? "MySQL 3306" : "SSH 22";
                addMark(new FailureMark(a.host(), port, a.blocked() ? port + " dropped by the firewall" : "attacker in: " + port,
                        now, a.blocked() ? DiagramTheme.REPLICATION : DiagramTheme.FAILURE));
            } else if (e instanceof SimEvent.Eavesdropped ev) {
                eavesdropped = ev;
                eavesdroppedNanos = now;
            }
        }
        while (!marks.isEmpty() && now - marks.peekFirst().bornNanos() > FAILURE_SHOWN_NANOS) {
            marks.removeFirst();
        }
    }

    private long advanceClock(Simulation simulation) {
        long wall = wallClock.getAsLong();
        moving = simulation.now() != lastSimNow;
        if (moving && lastWallNanos >= 0) {
            clockNanos += wall - lastWallNanos;
        }
        lastWallNanos = wall;
        lastSimNow = simulation.now();
        return clockNanos;
    }

    /** For tests: the wall clock the marks' ageing reads. */
    void setWallClock(java.util.function.LongSupplier clock) {
        this.wallClock = clock;
    }

    /** How opaque a mark of this age (0 born, 1 gone) is drawn: fully while paused, so it reads. */
    float opacity(float age) {
        return reducedMotion || !moving ? 1f : Math.max(0f, 1f - age * age);
    }

    /** The failure marks shown now, oldest first (for tests). */
    List<String> failureTexts() {
        return marks.stream().map(FailureMark::text).toList();
    }

    private void addMark(FailureMark m) {
        marks.addLast(m);
        while (marks.size() > MAX_MARKS) {
            marks.removeFirst();
        }
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

    /** The server the load balancer chose for the most recent request still in flight, or null. */
    public String lastBackend() {
        return lastBackend;
    }

    void paint(Graphics2D g, DiagramView view) {
        if (sim == null) {
            return;
        }
        mxGraphView v = diagram.graph().getView();
        double scale = v.getScale();
        if (scale != pathScale || v.getTranslate().getX() != pathTx || v.getTranslate().getY() != pathTy) {
            paths.clear();
            sprites.clear();
            pathScale = scale;
            pathTx = v.getTranslate().getX();
            pathTy = v.getTranslate().getY();
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        long now = sim.now();
        waitingAt.clear();
        long newest = -1;
        String newestBackend = null;
        List<Component> components = diagram.topology().components();
        for (int i = 0, n = sim.inFlightCount(); i < n; i++) {
            Traveller t = sim.inFlight(i);
            if (t instanceof Request r && r.backendName() != null && r.index() > newest) {
                newest = r.index();
                newestBackend = r.backendName();
            }
            if (t.waiting()) {
                waitingAt.merge(t.toIndex(), 1, Integer::sum);
                continue;
            }
            double[] p = position(t, now, components, v);
            if (p == null) {
                continue;
            }
            BufferedImage sprite = sprite(markOf(t), scale);
            g.drawImage(sprite, (int) Math.round(p[0] - sprite.getWidth() / 2.0),
                    (int) Math.round(p[1] - sprite.getHeight() / 2.0), null);
        }
        lastBackend = newestBackend;
        if (follower.following()) {
            FollowPainter.paint(g, this, sim, components, v, diagram);
        }
        if (showCounters) {
            counters.paint(g, sim, v, diagram.labelScale());
        }
        paintWaiting(g, components, v, scale);
        paintFailures(g, v, scale, view.getViewport().getViewRect());
        paintLastChoice(g, v, scale);
        paintEavesdropper(g, v, scale);
        paintSpofs(g, v, scale);
    }

    /** A dashed red outline and a "SPOF" tag on every single point of failure. */
    private void paintSpofs(Graphics2D g, mxGraphView v, double scale) {
        if (!showSpofs || spofs.isEmpty()) {
            return;
        }
        g.setFont(new Font("DejaVu Sans", Font.BOLD, (int) Math.max(11, Math.round(11 * scale * diagram.labelScale()))));
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
            g.setColor(Color.WHITE);
            g.drawString(tag, (float) (x + 5), (float) (y + fm.getAscent()));
        }
    }

    /** What the eavesdropper on the Internet link just read, next to the link, for a few seconds. */
    private void paintEavesdropper(Graphics2D g, mxGraphView v, double scale) {
        if (eavesdropped == null || clockNanos - eavesdroppedNanos > FAILURE_SHOWN_NANOS) {
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
        g.setFont(new Font("DejaVu Sans", Font.BOLD, (int) Math.max(11, Math.round(11 * scale * diagram.labelScale()))));
        FontMetrics fm = g.getFontMetrics();
        int w = fm.stringWidth(text) + 12;
        int h = fm.getHeight() + 2;
        int x = (int) (edge.getCenterX() - w / 2.0);
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
        int y = (int) (top - h - 6 * scale);
        g.setColor(eavesdropped.readable() ? DiagramTheme.FAILURE : DiagramTheme.REPLICATION);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, h, h));
        g.setColor(Color.WHITE);
        g.drawString(text, x + 6, y + fm.getAscent() + 1);
    }

    private static TrafficMark markOf(Traveller t) {
        if (t.orphaned()) {
            return TrafficMark.ORPHAN;
        }
        return switch (t.kind()) {
            case READ -> t instanceof Request r && r.servedStale() ? TrafficMark.STALE : TrafficMark.READ;
            case WRITE -> TrafficMark.WRITE;
            case REPLICATION -> TrafficMark.REPLICATION;
            case PROBE -> TrafficMark.PROBE;
        };
    }

    /** Where a traveller is now, in view coordinates, or null when its components are not drawn. */
    double[] position(Traveller t, long now, List<Component> components, mxGraphView v) {
        int from = t.fromIndex();
        int to = t.toIndex();
        if (from == to) {
            mxCellState st = v.getState(diagram.cellOf(components.get(from).id()));
            if (st == null) {
                return null;
            }
            // Spread the ones being worked on so several are visible.
            int h = System.identityHashCode(t);
            double dx = ((h & 7) - 3.5) * 5 * v.getScale();
            double dy = (((h >> 3) & 3) - 1.5) * 5 * v.getScale();
            return new double[] {st.getCenterX() + dx, st.getCenterY() - st.getHeight() * 0.15 + dy};
        }
        double[] path = path(from, to, components, v);
        if (path == null) {
            return null;
        }
        long span = t.hopEndUs() - t.hopStartUs();
        double f = span <= 0 ? 1 : Math.max(0, Math.min(1, (now - t.hopStartUs()) / (double) span));
        if (reducedMotion) {
            f = f < 0.5 ? 0.25 : 0.75;
        }
        return along(path, f);
    }

    /** The drawn route from one component to another: the link's edge if there is one, else a straight line. */
    double[] path(int from, int to, List<Component> components, mxGraphView v) {
        long key = ((long) from << 32) | to;
        double[] cached = paths.get(key);
        if (cached != null) {
            return cached;
        }
        String a = components.get(from).id();
        String b = components.get(to).id();
        double[] path = null;
        Link link = diagram.linkBetween(a, b);
        mxCellState edge = link == null ? null : v.getState(diagram.edgeOf(link.id()));
        if (edge != null && edge.getAbsolutePointCount() >= 2) {
            List<mxPoint> pts = edge.getAbsolutePoints();
            boolean reverse = !link.from().equals(a);
            path = new double[pts.size() * 2];
            for (int i = 0; i < pts.size(); i++) {
                mxPoint p = pts.get(reverse ? pts.size() - 1 - i : i);
                path[2 * i] = p.getX();
                path[2 * i + 1] = p.getY();
            }
        } else {
            mxCellState sa = v.getState(diagram.cellOf(a));
            mxCellState sb = v.getState(diagram.cellOf(b));
            if (sa != null && sb != null) {
                path = new double[] {sa.getCenterX(), sa.getCenterY(), sb.getCenterX(), sb.getCenterY()};
            }
        }
        if (path != null) {
            paths.put(key, path);
        }
        return path;
    }

    private static double[] along(double[] path, double f) {
        double total = 0;
        for (int i = 2; i < path.length; i += 2) {
            total += Math.hypot(path[i] - path[i - 2], path[i + 1] - path[i - 1]);
        }
        double want = total * f;
        for (int i = 2; i < path.length; i += 2) {
            double seg = Math.hypot(path[i] - path[i - 2], path[i + 1] - path[i - 1]);
            if (want <= seg || i == path.length - 2) {
                double k = seg == 0 ? 0 : Math.min(1, want / seg);
                return new double[] {path[i - 2] + (path[i] - path[i - 2]) * k, path[i - 1] + (path[i + 1] - path[i - 1]) * k};
            }
            want -= seg;
        }
        return new double[] {path[0], path[1]};
    }

    /** Requests waiting in a queue or at a component that does not answer: a count under the box. */
    private void paintWaiting(Graphics2D g, List<Component> components, mxGraphView v, double scale) {
        if (waitingAt.isEmpty()) {
            return;
        }
        g.setFont(new Font("DejaVu Sans", Font.BOLD, (int) Math.max(11, Math.round(12 * scale * diagram.labelScale()))));
        FontMetrics fm = g.getFontMetrics();
        for (Map.Entry<Integer, Integer> e : waitingAt.entrySet()) {
            mxCellState st = v.getState(diagram.cellOf(components.get(e.getKey()).id()));
            if (st == null) {
                continue;
            }
            String text = e.getValue() + " waiting";
            int w = fm.stringWidth(text) + 12;
            int h = fm.getHeight() + 2;
            int x = (int) (st.getCenterX() - w / 2.0);
            int y = (int) (st.getY() + st.getHeight() + 3 * scale);
            g.setColor(diagram.theme().warnColor());
            g.fill(new RoundRectangle2D.Double(x, y, w, h, h, h));
            g.setColor(diagram.theme().dark() ? Color.BLACK : Color.WHITE);
            g.drawString(text, x + 6, y + fm.getAscent() + 1);
        }
    }

    private void paintFailures(Graphics2D g, mxGraphView v, double scale, java.awt.Rectangle visible) {
        if (marks.isEmpty()) {
            return;
        }
        Composite old = g.getComposite();
        g.setFont(new Font("DejaVu Sans", Font.BOLD, (int) Math.max(11, Math.round(12 * scale * diagram.labelScale()))));
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
                    opacity((clockNanos - m.bornNanos()) / (float) FAILURE_SHOWN_NANOS)));
            double r = 9 * scale;
            double cx = st.getX() + st.getWidth() - r * 0.6;
            double cy = st.getY() + r * 0.6 + n * (r * 2.2);
            g.setColor(m.color());
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (2.2 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double k = r * 0.45;
            g.draw(new java.awt.geom.Line2D.Double(cx - k, cy - k, cx + k, cy + k));
            g.draw(new java.awt.geom.Line2D.Double(cx + k, cy - k, cx - k, cy + k));
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
            g.setColor(Color.WHITE);
            g.drawString(text, (float) (spot.getX() + 4), (float) (spot.getY() + fm.getAscent()));
        }
        g.setComposite(old);
    }

    /** Every part's and server's box and title strip on screen: what a failure label must not cover. */
    private List<Rectangle2D> boxes(mxGraphView v) {
        List<Rectangle2D> out = new java.util.ArrayList<>();
        for (Component c : diagram.topology().components()) {
            addBox(out, v.getState(diagram.cellOf(c.id())));
        }
        for (io.infraviz.model.Host h : diagram.topology().hosts()) {
            mxCellState st = v.getState(diagram.cellOf(h.id()));
            addBox(out, st);
            if (st != null) {
                // The title strip says the server's name and the load balancer's view of it: no
                // label covers it, not even one of its own parts'.
                out.add(new Rectangle2D.Double(st.getX(), st.getY(), st.getWidth(),
                        io.infraviz.diagram.DiagramLayout.TITLE * v.getScale()));
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
        List<Rectangle2D> own = new java.util.ArrayList<>(List.of(part));
        String host = diagram.topology().component(id).map(Component::hostId).orElse(id);
        if (host != null) {
            addBox(own, v.getState(diagram.cellOf(host)));
        }
        return own;
    }

    /** Shows the load balancer's latest choice next to it: where round robin sent the last request. */
    private void paintLastChoice(Graphics2D g, mxGraphView v, double scale) {
        if (lastBackend == null || sim.topology().backends().isEmpty()) {
            return;
        }
        mxCellState lb = v.getState(diagram.cellOf(sim.topology().entryPoint()));
        if (lb == null) {
            return;
        }
        g.setFont(new Font("DejaVu Sans", Font.BOLD, (int) Math.max(11, Math.round(12 * scale * diagram.labelScale()))));
        FontMetrics fm = g.getFontMetrics();
        String text = "→ " + lastBackend;
        int w = fm.stringWidth(text) + 12;
        int h = fm.getHeight() + 2;
        int x = (int) (lb.getCenterX() - w / 2.0);
        int y = (int) (lb.getY() + lb.getHeight() + 6 * scale);
        g.setColor(Color.decode(diagram.theme().accent));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, h, h));
        g.setColor(diagram.theme().dark() ? Color.BLACK : Color.WHITE);
        g.drawString(text, x + 6, y + fm.getAscent() + 1);
    }

    /** Pre-drawn marks, one image per kind and size, so thousands of dots paint fast. */
    private BufferedImage sprite(TrafficMark mark, double scale) {
        return sprites.computeIfAbsent(mark, m -> m.sprite(Math.max(0.6, scale)));
    }

}
