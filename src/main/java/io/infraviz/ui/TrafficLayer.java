package io.infraviz.ui;

import com.mxgraph.view.mxGraphView;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.TrafficMark;
import io.infraviz.model.Component;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.request.Request;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.Traveller;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Paints the traffic over the diagram: every traveller on its current hop, placed by
 * interpolating between the hop's start and end times along the link's drawn path. Reads are blue
 * circles, writes orange squares, stale reads purple circles with a ring, replication green
 * diamonds, health probes small grey dots; failures are a vermillion cross with the reason where
 * they happened, fading out. Shapes differ as well as colours.
 *
 * <p>This class feeds each frame to the pieces that draw and paints them in order, the dots first:
 * {@link TravellerPlacer} places the dots, {@link FailureMarks} draws the failures,
 * {@link OverlayTags} the tags beside parts, {@link CountersPainter} the totals and
 * {@link FollowPainter} the followed request.
 */
public final class TrafficLayer implements SimulationDriver.FrameListener {
    private final Diagram diagram;
    private SimulationView sim;
    private final PlayClock clock = new PlayClock();
    private final TravellerPlacer placer;
    private final FailureMarks failures;
    private final OverlayTags tags;
    private final CountersPainter counters;
    private final RequestFollower follower = new RequestFollower();
    private final Map<TrafficMark, BufferedImage> sprites = new EnumMap<>(TrafficMark.class);
    private String lastBackend;
    private final Map<Integer, Integer> waitingAt = new HashMap<>();
    private boolean showCounters;

    public TrafficLayer(Diagram diagram) {
        this.diagram = diagram;
        this.placer = new TravellerPlacer(diagram);
        this.failures = new FailureMarks(diagram, clock);
        this.tags = new OverlayTags(diagram);
        this.counters = new CountersPainter(diagram);
    }

    public void setReducedMotion(boolean reduced) {
        placer.setReducedMotion(reduced);
        failures.setReducedMotion(reduced);
    }

    /** The single points of failure to mark (id → "all", "writes" or "reads"). */
    public void setSpofs(Map<String, String> spofs) {
        tags.setSpofs(spofs);
    }

    /** Whether the single points of failure are marked (View > Single points of failure). */
    public void setShowSpofs(boolean show) {
        tags.setShowSpofs(show);
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
        return sim == null ? -1 : placer.requestAt(sim, x, y);
    }

    @Override
    public void frame(SimulationView simulation, List<SimEvent> events, boolean rebuilt) {
        this.sim = simulation;
        follower.frame(simulation, events, rebuilt);
        if (rebuilt) {
            failures.clear();
            if (Selection.runStartedOver(simulation)) {
                // A reset or a new stage: what was selected belongs to the run that ended.
                diagram.graph().clearSelection();
            }
        }
        long now = clock.advance(simulation);
        failures.take(events, now);
        tags.take(events, now);
    }

    /** For tests: the wall clock the marks' ageing reads. */
    void setWallClock(LongSupplier wallClock) {
        clock.setWallClock(wallClock);
    }

    /** How opaque a mark of this age (0 born, 1 gone) is drawn: fully while paused, so it reads. */
    float opacity(float age) {
        return failures.opacity(age);
    }

    /** The failure marks shown now, oldest first (for tests). */
    List<String> failureTexts() {
        return failures.texts();
    }

    /** The first clause of a failure's reason, e.g. "the Primary is down" (kept here for tests). */
    static String shortReason(String reason) {
        return FailureMarks.shortReason(reason);
    }

    void paint(Graphics2D g, DiagramView view) {
        if (sim == null) {
            return;
        }
        mxGraphView v = diagram.graph().getView();
        double scale = v.getScale();
        if (placer.forgetIfMoved(v)) {
            sprites.clear();
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
            double[] p = placer.position(t, now, components, v);
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
            counters.paint(g, sim, v);
        }
        tags.paintWaiting(g, waitingAt, components, v, scale);
        failures.paint(g, v, scale, view.getViewport().getViewRect());
        tags.paintLastChoice(g, sim, lastBackend, v, scale);
        tags.paintEavesdropper(g, sim, clock.now(), v, scale, view.getViewport().getViewRect());
        tags.paintSpofs(g, v, scale);
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
        return placer.position(t, now, components, v);
    }

    /** The drawn route from one component to another: the link's edge if there is one, else a straight line. */
    double[] path(int from, int to, List<Component> components, mxGraphView v) {
        return placer.path(from, to, components, v);
    }

    /** Pre-drawn marks, one image per kind and size, so thousands of dots paint fast. */
    private BufferedImage sprite(TrafficMark mark, double scale) {
        return sprites.computeIfAbsent(mark, m -> m.sprite(Math.max(0.6, scale)));
    }
}
