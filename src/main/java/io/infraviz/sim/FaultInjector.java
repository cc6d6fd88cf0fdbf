package io.infraviz.sim;

import io.infraviz.engine.Engine;
import io.infraviz.model.Role;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.db.ReplicationFlow;
import io.infraviz.sim.fault.Fault;
import io.infraviz.sim.fault.FaultAction;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.lb.Balancer;
import io.infraviz.sim.lb.LoadBalancers;
import io.infraviz.sim.net.LinkState;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies faults and repairs: kill and revive (a component or a whole host), hang, answer
 * errors, heal, cut a link, promote a Replica (at once or safely) and re-seed a database.
 * Every action is an event of the simulation, so a run can be replayed exactly.
 */
final class FaultInjector {
    private final World world;
    private final Engine engine;
    private final Travel travel;
    private final AppWorkers workers;
    private final LoadBalancers balancers;
    private final ReplicationFlow replication;
    private final MonitoringFlow monitoring;
    private final SimulationListener events;
    private final List<ScheduledFault> beforeRequests = new ArrayList<>();
    private int timedPending;

    FaultInjector(World world, Engine engine, Travel travel, AppWorkers workers, LoadBalancers balancers,
            ReplicationFlow replication, MonitoringFlow monitoring, SimulationListener events) {
        this.world = world;
        this.engine = engine;
        this.travel = travel;
        this.workers = workers;
        this.balancers = balancers;
        this.replication = replication;
        this.monitoring = monitoring;
        this.events = events;
    }

    /**
     * Checks the target exists and the action fits it.
     *
     * @throws IllegalArgumentException naming the problem
     */
    void validate(Fault f) {
        String id = f.target();
        boolean component = world.component(id) != null;
        boolean host = world.hosts().stream().anyMatch(h -> h.host.id().equals(id));
        boolean link = world.link(id) != null;
        if (!component && !host && !link) {
            throw new IllegalArgumentException("unknown component, host or link '" + id + "' in " + f
                    + " (known: " + String.join(", ", knownIds()) + ")");
        }
        boolean ok = switch (f.action().target()) {
            case COMPONENT -> component;
            case COMPONENT_OR_HOST -> component || host;
            case COMPONENT_OR_LINK -> component || link;
            case LINK -> link;
            case DATABASE -> component && world.component(id).component.role() == Role.DATABASE;
        };
        if (!ok) {
            String kind = component ? "component" : host ? "host" : "link";
            String wants = switch (f.action().target()) {
                case COMPONENT -> "a component";
                case COMPONENT_OR_HOST -> "a component or a host";
                case COMPONENT_OR_LINK -> "a component or a link";
                case LINK -> "a link (from->to)";
                case DATABASE -> "a database";
            };
            throw new IllegalArgumentException("cannot " + f.action().code() + " '" + id + "': it is a " + kind
                    + ", and " + f.action().code() + " applies to " + wants);
        }
    }

    private List<String> knownIds() {
        List<String> ids = new ArrayList<>();
        world.hosts().forEach(h -> ids.add(h.host.id()));
        world.components().forEach(c -> ids.add(c.id()));
        return ids;
    }

    void schedule(ScheduledFault f) {
        if (f.timed()) {
            timedPending++;
            engine.scheduleLateAt(Math.max(f.atMicros(), engine.now()), () -> {
                timedPending--;
                apply(f.fault());
            });
        } else {
            beforeRequests.add(f);
        }
    }

    /** Applies the faults tied to request {@code index}, just before it is sent. */
    void beforeRequest(long index) {
        for (ScheduledFault f : List.copyOf(beforeRequests)) {
            if (f.beforeIndex() == index) {
                beforeRequests.remove(f);
                apply(f.fault());
            }
        }
    }

    /** True when no timed fault is still waiting (faults tied to requests never sent are dropped). */
    boolean allScheduledApplied() {
        return timedPending == 0;
    }

    void apply(Fault f) {
        String id = f.target();
        ComponentState c = world.component(id);
        HostState h = world.hosts().stream().filter(x -> x.host.id().equals(id)).findFirst().orElse(null);
        LinkState l = world.link(id);
        switch (f.action()) {
            case KILL -> {
                if (h != null) {
                    setHostDown(h, true, f);
                } else {
                    kill(c, f);
                }
            }
            case REVIVE -> {
                if (h != null) {
                    setHostDown(h, false, f);
                } else {
                    revive(c, f);
                }
            }
            case HANG -> {
                c.hung = true;
                changed(f, c.id() + " hangs: it accepts connections but answers nothing");
            }
            case ERROR -> {
                c.erroring = true;
                changed(f, c.id() + " now answers every request with an error");
            }
            case HEAL -> {
                if (l != null) {
                    l.setCut(false);
                    changed(f, "link " + l.link().id() + " repaired");
                } else {
                    boolean was = c.hung || c.erroring;
                    c.hung = false;
                    c.erroring = false;
                    changed(f, c.id() + (was ? " healed: it answers normally again" : " was already healthy"));
                }
            }
            case CUT -> {
                l.setCut(true);
                changed(f, "link " + l.link().id() + " cut: nothing passes between " + l.link().from() + " and " + l.link().to());
            }
            case PROMOTE, PROMOTE_SAFE -> promote(c, f);
            case RESEED -> reseed(c, f);
        }
        afterChange(c, h, l);
        if (h != null) {
            monitoring.statusChanged(id, h.down);
        } else if (c != null) {
            monitoring.statusChanged(id, !c.running() || c.erroring);
        }
    }

    private void kill(ComponentState c, Fault f) {
        if (c.killed) {
            refuse(f, "it is already down");
            return;
        }
        c.killed = true;
        AppServerState app = world.appServer(c);
        if (app != null) {
            workers.drop(app);
        }
        changed(f, c.id() + " killed");
    }

    private void revive(ComponentState c, Fault f) {
        if (!c.killed) {
            refuse(f, "it is not down");
            return;
        }
        c.killed = false;
        c.hung = false;
        c.erroring = false;
        Balancer b = balancers.at(c);
        if (b != null) {
            b.checker().restart();
        }
        changed(f, c.id() + " revived" + (b != null ? " (HAProxy restarted: every server starts UP)" : ""));
    }

    private void setHostDown(HostState h, boolean down, Fault f) {
        if (h.down == down) {
            refuse(f, down ? "the host is already down" : "the host is not down");
            return;
        }
        h.down = down;
        for (ComponentState c : world.components()) {
            if (c.host == h) {
                AppServerState app = world.appServer(c);
                if (app != null) {
                    workers.drop(app);
                }
            }
        }
        boolean lbHere = false;
        for (Balancer b : balancers.all()) {
            if (b.component().host == h) {
                lbHere = true;
                if (!down) {
                    b.checker().restart();
                }
            }
        }
        changed(f, "host " + h.host.id() + (down ? " is down: every component on it stopped"
                : " is back up" + (lbHere ? " (HAProxy restarted: every server starts UP)" : "")));
        for (ComponentState c : world.components()) {
            if (c.host == h) {
                travel.wake(c);
            }
        }
    }

    private void promote(ComponentState c, Fault f) {
        DatabaseNode node = world.cluster().node(c.id());
        if (node.role() != DbRole.REPLICA) {
            refuse(f, "it is not a Replica");
            return;
        }
        if (replication.promoting(node)) {
            refuse(f, "its promotion is already under way");
            return;
        }
        if (!c.running()) {
            refuse(f, "it is not running");
            return;
        }
        boolean safe = f.action() == FaultAction.PROMOTE_SAFE;
        changed(f, safe ? c.id() + ": promotion started; applying " + node.relaySize()
                + " received write(s) first" : c.id() + ": promoting now");
        replication.promote(node, safe);
    }

    private void reseed(ComponentState c, Fault f) {
        DatabaseNode node = world.cluster().node(c.id());
        if (node == world.cluster().writer()) {
            refuse(f, "it is the Primary");
            return;
        }
        if (!c.running() || !world.componentOf(world.cluster().writer()).running()) {
            refuse(f, "both it and the Primary must be running");
            return;
        }
        long discarded = world.cluster().reseed(node);
        events.onEvent(new SimEvent.Reseeded(engine.now(), c.id(), world.cluster().writer().id(), discarded));
    }

    private void afterChange(ComponentState c, HostState h, LinkState l) {
        if (c != null) {
            travel.wake(c);
            AppServerState app = world.appServer(c);
            if (app != null) {
                workers.startQueued(app);
            }
        }
        if (l != null) {
            travel.wake(l.from());
            travel.wake(l.to());
        }
        if (h != null) {
            for (AppServerState app : world.appServers()) {
                if (app != null) {
                    workers.startQueued(app);
                }
            }
        }
        replication.reconnectAll();
        if (balancers.vip() != null) {
            balancers.vip().check();
        }
    }

    private void changed(Fault f, String message) {
        events.onEvent(new SimEvent.FaultApplied(engine.now(), f, message));
    }

    private void refuse(Fault f, String why) {
        events.onEvent(new SimEvent.FaultRefused(engine.now(), f, why));
    }
}
