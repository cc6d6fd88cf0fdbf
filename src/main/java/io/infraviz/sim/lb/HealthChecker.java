package io.infraviz.sim.lb;

import io.infraviz.engine.Engine;
import io.infraviz.engine.SimTime;
import io.infraviz.model.CheckType;
import io.infraviz.model.LbSettings;
import io.infraviz.sim.net.Network;
import io.infraviz.sim.world.AppServerState;
import io.infraviz.sim.world.AppWorkers;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.ServerHealth;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;
import io.infraviz.sim.world.Travel;
import io.infraviz.sim.world.World;

import java.util.List;

import static io.infraviz.sim.lb.ProbeCheckpoint.APP_DONE;
import static io.infraviz.sim.lb.ProbeCheckpoint.AT_APP;
import static io.infraviz.sim.lb.ProbeCheckpoint.AT_WEB;
import static io.infraviz.sim.lb.ProbeCheckpoint.BACK_AT_WEB;
import static io.infraviz.sim.lb.ProbeCheckpoint.RESULT;

/**
 * HAProxy's health checks, as HAProxy 2.6 runs them: each server is checked every {@code inter}
 * ms, the next check {@code inter} after the previous one ended; the servers' first checks are
 * spread evenly over one interval. A check that gets no answer fails after {@code timeout check},
 * which defaults to {@code inter}. A TCP check only opens a connection, so a hung process (whose
 * kernel still completes the handshake) or an application answering errors passes it; an HTTP
 * check sends {@code GET /health} through Nginx to the application and wants 2xx or 3xx.
 */
public final class HealthChecker {
    private final World world;
    private final Engine engine;
    private final Network network;
    private final Travel travel;
    private final AppWorkers workers;
    private final SimulationListener events;
    private final Balancer balancer;
    private long generation;

    HealthChecker(World world, Engine engine, Travel travel, AppWorkers workers, SimulationListener events,
            Balancer balancer) {
        this.world = world;
        this.engine = engine;
        this.network = world.network();
        this.travel = travel;
        this.workers = workers;
        this.events = events;
        this.balancer = balancer;
    }

    private LbSettings lb() {
        return world.settings().lb();
    }

    /** Starts (or, after a load-balancer restart, restarts) checking every server, first checks spread over one interval. */
    public void start() {
        generation++;
        List<BackendServer> servers = balancer.pool.servers();
        long inter = SimTime.ms(lb().interMs());
        for (BackendServer s : servers) {
            long offset = inter * s.index() / servers.size();
            long gen = generation;
            engine.schedule(offset, () -> check(s, gen));
        }
    }

    /** HAProxy restarted: every server starts UP with no history, and checking starts over. */
    public void restart() {
        balancer.pool.servers().forEach(BackendServer::reset);
        start();
    }

    private void check(BackendServer server, long gen) {
        if (gen != generation) {
            return;
        }
        if (!balancer.component.running()) {
            // HAProxy is not running (or is stopped): no checks until it is back.
            scheduleNext(server, gen);
            return;
        }
        ComponentState web = world.serverWeb(server.index());
        Probe p = new Probe(this, server, web, gen);
        engine.schedule(SimTime.ms(lb().timeoutCheckMs()), () -> timedOut(p));
        go(p, balancer.component, web, network.hop(balancer.component, web), AT_WEB);
    }

    private void scheduleNext(BackendServer server, long gen) {
        engine.schedule(SimTime.ms(lb().interMs()), () -> check(server, gen));
    }

    void arrive(Probe p) {
        switch (p.checkpoint) {
            case AT_WEB -> atWeb(p);
            case AT_APP -> atApp(p);
            case APP_DONE -> {
                workers.release(p.app, p.workerEpoch);
                p.workerEpoch = -1;
                back(p, p.app.component(), p.web, BACK_AT_WEB);
            }
            case BACK_AT_WEB -> {
                if (p.web.hung()) {
                    travel.stick(p, p.web);
                } else {
                    back(p, p.web, balancer.component, RESULT);
                }
            }
            case RESULT -> {
                travel.land(p);
                decide(p, p.failure == null, p.failure);
            }
        }
    }

    private void atWeb(Probe p) {
        boolean tcp = lb().check() == CheckType.TCP;
        ComponentState lbc = balancer.component;
        switch (network.reach(lbc, p.web)) {
            case UNREACHABLE -> travel.land(p);
            case REFUSED -> {
                p.failure = "connection refused";
                back(p, p.web, lbc, RESULT);
            }
            case HUNG -> {
                if (tcp) {
                    back(p, p.web, lbc, RESULT);
                } else {
                    travel.stick(p, p.web);
                }
            }
            case ERRORING -> {
                if (!tcp) {
                    p.failure = "Nginx answered 500";
                }
                back(p, p.web, lbc, RESULT);
            }
            case OK -> {
                if (tcp) {
                    back(p, p.web, lbc, RESULT);
                    return;
                }
                AppServerState app = world.nextUpstream(p.web);
                if (app == null) {
                    back(p, p.web, lbc, RESULT);
                    return;
                }
                p.app = app;
                p.upstreamTries = 1;
                go(p, p.web, app.component(), network.hop(p.web, app.component()), AT_APP);
            }
        }
    }

    private void atApp(Probe p) {
        ComponentState app = p.app.component();
        switch (network.reach(p.web, app)) {
            case OK -> {
                switch (workers.admit(p, p.app)) {
                    case STARTED -> workOn(p);
                    case QUEUED -> { }
                    case REJECTED -> {
                        p.failure = "Nginx answered 502 (the app server's queue is full)";
                        back(p, app, p.web, BACK_AT_WEB);
                    }
                }
            }
            case REFUSED -> {
                if (p.upstreamTries < world.upstreamCount(p.web)) {
                    // Nginx's proxy_next_upstream: the next application server gets the check.
                    p.app = world.upstreamAfter(p.web, p.app);
                    p.upstreamTries++;
                    go(p, p.web, p.app.component(), network.hop(p.web, p.app.component()), AT_APP);
                    return;
                }
                p.failure = "Nginx answered 502 Bad Gateway (the app server is down)";
                back(p, app, p.web, BACK_AT_WEB);
            }
            case ERRORING -> {
                p.failure = "the app answered 500";
                back(p, app, p.web, BACK_AT_WEB);
            }
            case HUNG -> travel.stick(p, app);
            case UNREACHABLE -> travel.land(p);
        }
    }

    /** An application worker answers the health URL (cheap: no database). */
    void workOn(Probe p) {
        p.workerEpoch = p.app.epoch();
        p.checkpoint = APP_DONE;
        travel.stay(p, p.app.component(), world.settings().timings().localHop());
    }

    private void back(Probe p, ComponentState from, ComponentState to, ProbeCheckpoint checkpoint) {
        go(p, from, to, network.hop(from, to), checkpoint);
    }

    private void go(Probe p, ComponentState from, ComponentState to, long duration, ProbeCheckpoint checkpoint) {
        p.checkpoint = checkpoint;
        travel.move(p, from, to, duration);
    }

    private void timedOut(Probe p) {
        if (!p.decided) {
            decide(p, false, "no answer within timeout check (" + lb().timeoutCheckMs() + " ms)");
            if (!p.waiting()) {
                travel.land(p);
            }
        }
    }

    private void decide(Probe p, boolean passed, String failure) {
        if (p.decided || p.generation != generation) {
            return;
        }
        p.decided = true;
        BackendServer s = p.server;
        long now = engine.now();
        boolean changed;
        if (passed) {
            changed = s.checkPassed(lb().rise());
        } else {
            changed = s.checkFailed(lb().fall());
        }
        events.onEvent(new SimEvent.CheckCompleted(now, s.name(), passed, s.label(lb().fall(), lb().rise()), passed ? "" : failure));
        if (changed && s.up()) {
            balancer.pool.serverCameUp(s);
        }
        if (changed) {
            String reason = s.state() == ServerHealth.DOWN
                    ? "after " + lb().fall() + " failed check" + (lb().fall() == 1 ? "" : "s") + " (" + failure + ")"
                    : "after " + lb().rise() + " good check" + (lb().rise() == 1 ? "" : "s");
            events.onEvent(new SimEvent.HealthChanged(now, s.name(), s.state(), reason));
        }
        scheduleNext(s, p.generation);
    }

}
