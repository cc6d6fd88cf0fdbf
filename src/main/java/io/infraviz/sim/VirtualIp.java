package io.infraviz.sim;

import io.infraviz.engine.Engine;

import java.util.List;

/**
 * A virtual IP shared by load balancers in an active-passive pair (keepalived/VRRP): the first
 * one holds it; when its HAProxy or its host dies, the other takes the address over after the
 * failover delay (missed advertisements). Requests sent to the address in between meet the dead
 * one. When the first comes back, it takes the address back (preemption) after the same delay.
 */
final class VirtualIp {
    private final ComponentState component;
    private final List<Balancer> candidates;
    private final World world;
    private final Engine engine;
    private final Travel travel;
    private final SimulationListener events;
    private int holder;
    private long generation;

    VirtualIp(World world, Engine engine, Travel travel, SimulationListener events, ComponentState component,
            List<Balancer> candidates) {
        this.world = world;
        this.engine = engine;
        this.travel = travel;
        this.events = events;
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
        engine.schedule(world.settings().timings().vipFailover(), () -> {
            if (gen != generation) {
                return;
            }
            int now = preferred();
            if (now >= 0 && now != holder) {
                String from = holder().component.id();
                holder = now;
                events.onEvent(new SimEvent.VipMoved(engine.now(), component.id(), from, holder().component.id()));
                travel.wake(component);
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
