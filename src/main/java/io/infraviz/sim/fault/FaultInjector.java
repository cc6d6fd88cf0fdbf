package io.infraviz.sim.fault;

import io.infraviz.engine.Engine;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.Databases;
import io.infraviz.sim.db.ReplicationFlow;
import io.infraviz.sim.lb.Balancer;
import io.infraviz.sim.lb.LoadBalancers;
import io.infraviz.sim.monitoring.MonitoringFlow;
import io.infraviz.sim.world.AppServerState;
import io.infraviz.sim.world.AppWorkers;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.HostState;
import io.infraviz.sim.world.LinkState;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;
import io.infraviz.sim.world.Travel;
import io.infraviz.sim.world.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies faults and repairs: kill and revive (a component or a whole host), hang, answer
 * errors, heal, cut a link, promote a Replica (at once or safely) and re-seed a database.
 * Every action is an event of the simulation, so a run can be replayed exactly. When an action
 * applies, and why it is refused, is {@link FaultRules}'s to say; this class does the effect.
 */
public final class FaultInjector {
    private final World world;
    private final Databases databases;
    private final FaultTargets targets;
    private final Engine engine;
    private final Travel travel;
    private final AppWorkers workers;
    private final LoadBalancers balancers;
    private final ReplicationFlow replication;
    private final MonitoringFlow monitoring;
    private final SimulationListener events;
    private final List<ScheduledFault> beforeRequests = new ArrayList<>();
    private int timedPending;

    /** @param targets the run as the fault rules read it */
    public FaultInjector(World world, Databases databases, FaultTargets targets, Engine engine, Travel travel, AppWorkers workers,
            LoadBalancers balancers, ReplicationFlow replication, MonitoringFlow monitoring, SimulationListener events) {
        this.world = world;
        this.databases = databases;
        this.targets = targets;
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
    public void validate(Fault f) {
        FaultRules.check(world.topology(), f);
    }

    public void schedule(ScheduledFault f) {
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
    public void beforeRequest(long index) {
        for (ScheduledFault f : List.copyOf(beforeRequests)) {
            if (f.beforeIndex() == index) {
                beforeRequests.remove(f);
                apply(f.fault());
            }
        }
    }

    /** True when no timed fault is still waiting (faults tied to requests never sent are dropped). */
    public boolean allScheduledApplied() {
        return timedPending == 0;
    }

    public void apply(Fault f) {
        String id = f.target();
        ComponentState c = world.component(id);
        HostState h = world.host(id);
        LinkState l = world.link(id);
        Optional<String> refused = FaultRules.refusal(targets, f);
        if (refused.isPresent()) {
            refuse(f, refused.get());
        } else {
            change(f, c, h, l);
        }
        afterChange(c, h, l);
        if (h != null) {
            monitoring.statusChanged(id, h.down());
        } else if (c != null) {
            monitoring.statusChanged(id, !c.running() || c.erroring());
        }
    }

    /** The effect of a fault the rules let through. */
    private void change(Fault f, ComponentState c, HostState h, LinkState l) {
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
                c.setHung(true);
                changed(f, c.id() + " hangs: it accepts connections but answers nothing");
            }
            case ERROR -> {
                c.setErroring(true);
                changed(f, c.id() + " now answers every request with an error");
            }
            case HEAL -> {
                if (l != null) {
                    l.setCut(false);
                    changed(f, "link " + l.link().id() + " repaired");
                } else {
                    boolean was = c.hung() || c.erroring();
                    c.setHung(false);
                    c.setErroring(false);
                    changed(f, c.id() + (was ? " healed: it answers normally again" : " was already healthy"));
                }
            }
            case CUT -> {
                l.setCut(true);
                changed(f, "link " + l.link().id() + " cut: nothing passes between " + l.link().from() + " and " + l.link().to());
            }
            case PROMOTE, PROMOTE_SAFE -> promote(c, f);
            case RESEED -> reseed(c, f);
            case POINT_WRITES -> {
                databases.cluster().pointWrites(databases.cluster().node(c.id()));
                changed(f, "the application's write address now names " + c.id()
                        + (databases.cluster().writesGoTo() == databases.cluster().writer() ? " (the Primary)"
                        : ", which is not the Primary"));
            }
        }
    }

    private void kill(ComponentState c, Fault f) {
        c.setKilled(true);
        AppServerState app = world.appServer(c);
        if (app != null) {
            workers.drop(app);
        }
        changed(f, c.id() + " killed");
    }

    private void revive(ComponentState c, Fault f) {
        c.setKilled(false);
        c.setHung(false);
        c.setErroring(false);
        Balancer b = balancers.at(c);
        if (b != null) {
            b.checker().restart();
        }
        changed(f, c.id() + " revived" + (b != null ? " (HAProxy restarted: every server starts UP)" : ""));
    }

    private void setHostDown(HostState h, boolean down, Fault f) {
        h.setDown(down);
        for (ComponentState c : world.components()) {
            if (c.host() == h) {
                AppServerState app = world.appServer(c);
                if (app != null) {
                    workers.drop(app);
                }
            }
        }
        boolean lbHere = false;
        for (Balancer b : balancers.all()) {
            if (b.component().host() == h) {
                lbHere = true;
                if (!down) {
                    b.checker().restart();
                }
            }
        }
        changed(f, "host " + h.id() + (down ? " is down: every component on it stopped"
                : " is back up" + (lbHere ? " (HAProxy restarted: every server starts UP)" : "")));
        for (ComponentState c : world.components()) {
            if (c.host() == h) {
                travel.wake(c);
            }
        }
    }

    private void promote(ComponentState c, Fault f) {
        DatabaseNode node = databases.cluster().node(c.id());
        boolean safe = f.action() == FaultAction.PROMOTE_SAFE;
        changed(f, safe ? c.id() + ": promotion started; applying " + node.relaySize()
                + " received write(s) first" : c.id() + ": promoting now");
        replication.promote(node, safe);
    }

    /**
     * A re-seed copies the Primary's data set, about as long per record as applying one write, then
     * makes the server its Replica (the copy is as of the end: the Primary's writes meanwhile are in it).
     */
    private void reseed(ComponentState c, Fault f) {
        DatabaseNode node = databases.cluster().node(c.id());
        DatabaseNode writer = databases.cluster().writer();
        int records = (writer != null ? writer : node).records();
        long copy = records * world.settings().timings().replicationApply();
        changed(f, c.id() + ": re-seed started, copying the Primary's " + records + " records");
        engine.schedule(copy, () -> {
            if (node == databases.cluster().writer()) {
                return;
            }
            long discarded = replication.reseed(node);
            events.onEvent(new SimEvent.Reseeded(engine.now(), c.id(), databases.cluster().writer().id(), discarded));
        });
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
