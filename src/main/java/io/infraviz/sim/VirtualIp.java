package io.infraviz.sim;

import java.util.List;

/**
 * A virtual IP shared by load balancers in an active-passive pair (keepalived/VRRP): the first
 * one holds it; when its HAProxy or its host dies, the other takes the address over after the
 * failover delay (missed advertisements). Requests sent to the address in between meet the dead
 * one. When the first comes back, it takes the address back (preemption) after the same delay.
 */
final class VirtualIp {
    final ComponentState component;
    private final List<Balancer> candidates;
    private final Simulation sim;
    private int holder;
    private long generation;

    VirtualIp(Simulation sim, ComponentState component, List<Balancer> candidates) {
        this.sim = sim;
        this.component = component;
        this.candidates = List.copyOf(candidates);
    }

    /** The load balancer that holds the address now. */
    Balancer holder() {
        return candidates.get(holder);
    }

    /** Something changed: if a better candidate than the holder runs (or the holder died), move after the delay. */
    void check() {
        int wanted = preferred();
        if (wanted == holder || wanted < 0) {
            return;
        }
        long gen = ++generation;
        sim.engine.schedule(sim.settings.timings().vipFailover(), () -> {
            if (gen != generation) {
                return;
            }
            int now = preferred();
            if (now >= 0 && now != holder) {
                String from = holder().component.id();
                holder = now;
                sim.emit(new SimEvent.VipMoved(sim.engine.now(), component.id(), from, holder().component.id()));
                sim.wake(component);
            }
        });
    }

    /** The first candidate whose HAProxy runs, or -1. */
    private int preferred() {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).component.running()) {
                return i;
            }
        }
        return -1;
    }
}
