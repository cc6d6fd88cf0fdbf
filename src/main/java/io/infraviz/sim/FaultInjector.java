package io.infraviz.sim;

import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.fault.Fault;
import io.infraviz.sim.fault.FaultAction;
import io.infraviz.sim.fault.FaultRules;
import io.infraviz.sim.fault.ScheduledFault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies faults and repairs: kill and revive (a component or a whole host), hang, answer
 * errors, heal, cut a link, promote a Replica (at once or safely) and re-seed a database.
 * Every action is an event of the simulation, so a run can be replayed exactly. When an action
 * applies, and why it is refused, is {@link FaultRules}'s to say; this class does the effect.
 */
final class FaultInjector {
    private final Simulation sim;
    private final List<ScheduledFault> beforeRequests = new ArrayList<>();
    private int timedPending;

    FaultInjector(Simulation sim) {
        this.sim = sim;
    }

    /**
     * Checks the target exists and the action fits it.
     *
     * @throws IllegalArgumentException naming the problem
     */
    void validate(Fault f) {
        FaultRules.check(sim.topology, f);
    }

    void schedule(ScheduledFault f) {
        if (f.timed()) {
            timedPending++;
            sim.engine.scheduleLateAt(Math.max(f.atMicros(), sim.engine.now()), () -> {
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
        ComponentState c = sim.componentById.get(id);
        HostState h = sim.hosts.stream().filter(x -> x.host.id().equals(id)).findFirst().orElse(null);
        Network.LinkState l = sim.linkById.get(id);
        Optional<String> refused = FaultRules.refusal(sim, f);
        if (refused.isPresent()) {
            refuse(f, refused.get());
        } else {
            change(f, c, h, l);
        }
        afterChange(c, h, l);
        if (h != null) {
            sim.monitoring.statusChanged(id, h.down);
        } else if (c != null) {
            sim.monitoring.statusChanged(id, !c.running() || c.erroring);
        }
    }

    /** The effect of a fault the rules let through. */
    private void change(Fault f, ComponentState c, HostState h, Network.LinkState l) {
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
                    l.cut = false;
                    changed(f, "link " + l.link.id() + " repaired");
                } else {
                    boolean was = c.hung || c.erroring;
                    c.hung = false;
                    c.erroring = false;
                    changed(f, c.id() + (was ? " healed: it answers normally again" : " was already healthy"));
                }
            }
            case CUT -> {
                l.cut = true;
                changed(f, "link " + l.link.id() + " cut: nothing passes between " + l.link.from() + " and " + l.link.to());
            }
            case PROMOTE, PROMOTE_SAFE -> promote(c, f);
            case RESEED -> reseed(c);
        }
    }

    private void kill(ComponentState c, Fault f) {
        c.killed = true;
        AppServerState app = sim.appServers[c.index];
        if (app != null) {
            dropAppWork(app);
        }
        changed(f, c.id() + " killed");
    }

    private void revive(ComponentState c, Fault f) {
        c.killed = false;
        c.hung = false;
        c.erroring = false;
        Balancer b = sim.balancerAt[c.index];
        if (b != null) {
            b.checker.restart();
        }
        changed(f, c.id() + " revived" + (b != null ? " (HAProxy restarted: every server starts UP)" : ""));
    }

    private void setHostDown(HostState h, boolean down, Fault f) {
        h.down = down;
        for (ComponentState c : sim.components) {
            if (c.host == h) {
                AppServerState app = sim.appServers[c.index];
                if (app != null) {
                    dropAppWork(app);
                }
            }
        }
        boolean lbHere = false;
        for (Balancer b : sim.balancers) {
            if (b.component.host == h) {
                lbHere = true;
                if (!down) {
                    b.checker.restart();
                }
            }
        }
        changed(f, "host " + h.host.id() + (down ? " is down: every component on it stopped"
                : " is back up" + (lbHere ? " (HAProxy restarted: every server starts UP)" : "")));
        for (ComponentState c : sim.components) {
            if (c.host == h) {
                sim.wake(c);
            }
        }
    }

    /** The process is gone: its queue and its work in progress with it. */
    private void dropAppWork(AppServerState app) {
        app.epoch++;
        app.busy = 0;
        List<Traveller> queued = new ArrayList<>(app.queue);
        app.queue.clear();
        for (Traveller t : queued) {
            t.arrive();
        }
    }

    private void promote(ComponentState c, Fault f) {
        DatabaseNode node = sim.cluster.node(c.id());
        boolean safe = f.action() == FaultAction.PROMOTE_SAFE;
        changed(f, safe ? c.id() + ": promotion started; applying " + node.relaySize()
                + " received write(s) first" : c.id() + ": promoting now");
        sim.replication.promote(node, safe);
    }

    private void reseed(ComponentState c) {
        DatabaseNode node = sim.cluster.node(c.id());
        long discarded = sim.cluster.reseed(node);
        sim.emit(new SimEvent.Reseeded(sim.engine.now(), c.id(), sim.cluster.writer().id(), discarded));
    }

    private void afterChange(ComponentState c, HostState h, Network.LinkState l) {
        if (c != null) {
            sim.wake(c);
            AppServerState app = sim.appServers[c.index];
            if (app != null) {
                sim.requests.workers().startQueued(app);
            }
        }
        if (l != null) {
            sim.wake(l.from);
            sim.wake(l.to);
        }
        if (h != null) {
            for (AppServerState app : sim.appServers) {
                if (app != null) {
                    sim.requests.workers().startQueued(app);
                }
            }
        }
        sim.replication.reconnectAll();
        if (sim.vip != null) {
            sim.vip.check();
        }
    }

    private void changed(Fault f, String message) {
        sim.emit(new SimEvent.FaultApplied(sim.engine.now(), f, message));
    }

    private void refuse(Fault f, String why) {
        sim.emit(new SimEvent.FaultRefused(sim.engine.now(), f, why));
    }
}
