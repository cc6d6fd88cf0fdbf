package io.infraviz.sim.lb;

import io.infraviz.engine.Engine;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A virtual IP shared by load balancers in an active-passive pair (keepalived/VRRP): the first
 * one holds it; when its HAProxy or its host dies, the other takes the address over after the
 * failover delay (missed advertisements). Requests sent to the address in between meet the dead
 * one. When the first comes back, it takes the address back (preemption) after the same delay.
 *
 * @param <B> the load balancers that can hold the address
 */
public final class VirtualIp<B extends VirtualIp.Candidate> {
    /** A load balancer that can hold the address. */
    public interface Candidate {
        String id();

        /** True when its HAProxy runs and answers. */
        boolean running();
    }

    /** Told when the address moved from one load balancer to another. */
    public interface Moved {
        void moved(String from, String to);
    }

    private final List<B> candidates;
    private final Engine engine;
    private final LongSupplier failoverDelay;
    private final Moved moved;
    private int holder;
    private long generation;

    /** @param failoverDelay how long, in µs, the others take to notice the holder is gone */
    public VirtualIp(List<B> candidates, Engine engine, LongSupplier failoverDelay, Moved moved) {
        this.candidates = List.copyOf(candidates);
        this.engine = engine;
        this.failoverDelay = failoverDelay;
        this.moved = moved;
    }

    /** The load balancer that holds the address now. */
    public B holder() {
        return candidates.get(holder);
    }

    /** Something changed: if a better candidate than the holder runs (or the holder died), move after the delay. */
    public void check() {
        int wanted = preferred();
        if (wanted == holder || wanted < 0) {
            return;
        }
        long gen = ++generation;
        engine.schedule(failoverDelay.getAsLong(), () -> {
            if (gen != generation) {
                return;
            }
            int now = preferred();
            if (now >= 0 && now != holder) {
                String from = holder().id();
                holder = now;
                moved.moved(from, holder().id());
            }
        });
    }

    /** The first candidate whose HAProxy runs, or -1. */
    private int preferred() {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).running()) {
                return i;
            }
        }
        return -1;
    }
}
