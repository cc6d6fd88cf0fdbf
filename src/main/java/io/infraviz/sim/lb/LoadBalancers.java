package io.infraviz.sim.lb;

import io.infraviz.engine.Engine;
import io.infraviz.model.Backend;
import io.infraviz.model.LbMode;
import io.infraviz.model.LbSettings;
import io.infraviz.model.Role;
import io.infraviz.sim.world.AppWorkers;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;
import io.infraviz.sim.world.Travel;
import io.infraviz.sim.world.World;

import java.util.ArrayList;
import java.util.List;

/** Every HAProxy of the topology, by component, and the virtual IP users reach them through (if any). */
public final class LoadBalancers {
    private final List<Balancer> all = new ArrayList<>();
    private final Balancer[] at;
    private final List<Backend> backends;
    private final VirtualIp<Balancer> vip;

    public LoadBalancers(World world, Engine engine, Travel travel, AppWorkers workers, SimulationListener events) {
        this.backends = world.topology().backends();
        this.at = new Balancer[world.components().size()];
        LbSettings lb = world.settings().lb();
        for (ComponentState c : world.components()) {
            if (c.role() == Role.LOAD_BALANCER) {
                List<BackendServer> servers = new ArrayList<>();
                for (int i = 0; i < backends.size(); i++) {
                    Backend b = backends.get(i);
                    servers.add(new BackendServer(b.name(), i, isBackup(lb, b, i), weightOf(lb, b)));
                }
                Balancer b = new Balancer(c, new BackendPool(servers, lb.algorithm(), lb.allBackups()),
                        balancer -> new HealthChecker(world, engine, travel, workers, events, balancer));
                all.add(b);
                at[c.index()] = b;
            }
        }
        List<Balancer> pair = new ArrayList<>();
        for (ComponentState c : world.vipPair()) {
            pair.add(at[c.index()]);
        }
        ComponentState entry = world.entry();
        this.vip = pair.isEmpty() ? null : new VirtualIp<>(pair, engine, () -> world.timings().vipFailover(),
                (from, to) -> {
                    events.onEvent(new SimEvent.VipMoved(engine.now(), entry.id(), from, to));
                    travel.wake(entry);
                });
    }

    /** Whether server {@code index} of the backend is a {@code backup} server with these settings. */
    public static boolean isBackup(LbSettings lb, Backend b, int index) {
        return b.backup() || (lb.mode() == LbMode.ACTIVE_PASSIVE && index > 0);
    }

    /** A server's {@code weight} with these settings (a per-server override, else the topology's). */
    public static int weightOf(LbSettings lb, Backend b) {
        return lb.weights().getOrDefault(b.name(), b.weight());
    }

    public List<Balancer> all() {
        return all;
    }

    /** The HAProxy of a component, or null when it is not one. */
    public Balancer at(ComponentState c) {
        return at[c.index()];
    }

    /** The virtual IP users reach, or null without one. */
    public VirtualIp<Balancer> vip() {
        return vip;
    }

    /** The HAProxy users reach now: the virtual IP's holder, or the only one; null without a load balancer. */
    public Balancer active() {
        if (vip != null) {
            return vip.holder();
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** A configuration reload: algorithm, backups and weights from the new settings. */
    public void configure(LbSettings lb) {
        for (Balancer b : all) {
            b.pool.configure(lb.algorithm(), lb.allBackups());
            for (int i = 0; i < backends.size(); i++) {
                b.pool.servers().get(i).configure(isBackup(lb, backends.get(i), i), weightOf(lb, backends.get(i)));
            }
        }
    }
}
