package io.infraviz.sim;

import io.infraviz.engine.SimTime;
import io.infraviz.model.CheckType;
import io.infraviz.model.LbSettings;
import io.infraviz.sim.lb.BackendServer;
import io.infraviz.sim.lb.HealthState;

import java.util.List;

/**
 * HAProxy's health checks, as HAProxy 2.6 runs them: each server is checked every {@code inter}
 * ms, the next check {@code inter} after the previous one ended; the servers' first checks are
 * spread evenly over one interval. A check that gets no answer fails after {@code timeout check},
 * which defaults to {@code inter}. A TCP check only opens a connection, so a hung process (whose
 * kernel still completes the handshake) or an application answering errors passes it; an HTTP
 * check sends {@code GET /health} through Nginx to the application and wants 2xx or 3xx.
 */
final class HealthChecker {
    static final int AT_WEB = 1;
    static final int AT_APP = 2;
    static final int APP_DONE = 3;
    static final int BACK_AT_WEB = 4;
    static final int RESULT = 5;

    private final Simulation sim;
    private final Balancer balancer;
    private long generation;

    HealthChecker(Simulation sim, Balancer balancer) {
        this.sim = sim;
        this.balancer = balancer;
    }

    private LbSettings lb() {
        return sim.settings.lb();
    }

    /** Starts (or, after a load-balancer restart, restarts) checking every server, first checks spread over one interval. */
    void start() {
        generation++;
        List<BackendServer> servers = balancer.pool.servers();
        long inter = SimTime.ms(lb().interMs());
        for (BackendServer s : servers) {
            long offset = inter * s.index() / servers.size();
            long gen = generation;
            sim.engine.schedule(offset, () -> check(s, gen));
        }
    }

    /** HAProxy restarted: every server starts UP with no history, and checking starts over. */
    void restart() {
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
        ComponentState web = sim.serverWeb[server.index()];
        Probe p = new Probe(this, server, web, gen);
        sim.engine.schedule(SimTime.ms(lb().timeoutCheckMs()), () -> timedOut(p));
        sim.move(p, balancer.component, web, sim.network.hop(balancer.component, web), AT_WEB);
    }

    private void scheduleNext(BackendServer server, long gen) {
        sim.engine.schedule(SimTime.ms(lb().interMs()), () -> check(server, gen));
    }

    void arrive(Probe p) {
        switch (p.stage) {
            case AT_WEB -> atWeb(p);
            case AT_APP -> atApp(p);
            case APP_DONE -> {
                sim.requests.workers().release(p.app, p.workerEpoch);
                p.workerEpoch = -1;
                back(p, p.app.component, p.web, BACK_AT_WEB);
            }
            case BACK_AT_WEB -> {
                if (p.web.hung) {
                    sim.stick(p, p.web);
                } else {
                    back(p, p.web, balancer.component, RESULT);
                }
            }
            case RESULT -> {
                sim.inFlight.remove(p);
                decide(p, p.failure == null, p.failure);
            }
            default -> throw new IllegalStateException("probe in unknown stage " + p.stage);
        }
    }

    private void atWeb(Probe p) {
        boolean tcp = lb().check() == CheckType.TCP;
        ComponentState lbc = balancer.component;
        switch (sim.network.reach(lbc, p.web)) {
            case UNREACHABLE -> sim.inFlight.remove(p);
            case REFUSED -> {
                p.failure = "connection refused";
                back(p, p.web, lbc, RESULT);
            }
            case HUNG -> {
                if (tcp) {
                    back(p, p.web, lbc, RESULT);
                } else {
                    sim.stick(p, p.web);
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
                AppServerState app = sim.nextUpstream(p.web);
                if (app == null) {
                    back(p, p.web, lbc, RESULT);
                    return;
                }
                p.app = app;
                p.upstreamTries = 1;
                sim.move(p, p.web, app.component, sim.network.hop(p.web, app.component), AT_APP);
            }
        }
    }

    private void atApp(Probe p) {
        ComponentState app = p.app.component;
        switch (sim.network.reach(p.web, app)) {
            case OK -> {
                switch (sim.requests.workers().admit(p, p.app)) {
                    case STARTED -> workOn(p);
                    case QUEUED -> { }
                    case REJECTED -> {
                        p.failure = "Nginx answered 502 (the app server's queue is full)";
                        back(p, app, p.web, BACK_AT_WEB);
                    }
                }
            }
            case REFUSED -> {
                if (p.upstreamTries < sim.upstreams[p.web.index].length) {
                    // Nginx's proxy_next_upstream: the next application server gets the check.
                    p.app = sim.upstreamAfter(p.web, p.app);
                    p.upstreamTries++;
                    sim.move(p, p.web, p.app.component, sim.network.hop(p.web, p.app.component), AT_APP);
                    return;
                }
                p.failure = "Nginx answered 502 Bad Gateway (the app server is down)";
                back(p, app, p.web, BACK_AT_WEB);
            }
            case ERRORING -> {
                p.failure = "the app answered 500";
                back(p, app, p.web, BACK_AT_WEB);
            }
            case HUNG -> sim.stick(p, app);
            case UNREACHABLE -> sim.inFlight.remove(p);
        }
    }

    /** An application worker answers the health URL (cheap: no database). */
    void workOn(Probe p) {
        p.workerEpoch = p.app.epoch;
        sim.stay(p, p.app.component, sim.settings.timings().localHop(), APP_DONE);
    }

    private void back(Probe p, ComponentState from, ComponentState to, int stage) {
        sim.move(p, from, to, sim.network.hop(from, to), stage);
    }

    private void timedOut(Probe p) {
        if (!p.decided) {
            decide(p, false, "no answer within timeout check (" + lb().timeoutCheckMs() + " ms)");
            if (!p.waiting()) {
                sim.inFlight.remove(p);
            }
        }
    }

    private void decide(Probe p, boolean passed, String failure) {
        if (p.decided || p.generation != generation) {
            return;
        }
        p.decided = true;
        BackendServer s = p.server;
        long now = sim.engine.now();
        boolean changed;
        if (passed) {
            changed = s.checkPassed(lb().rise());
        } else {
            changed = s.checkFailed(lb().fall());
        }
        sim.emit(new SimEvent.CheckCompleted(now, s.name(), passed, sim.healthLabel(s), passed ? "" : failure));
        if (changed && s.up()) {
            balancer.pool.serverCameUp(s);
        }
        if (changed) {
            String reason = s.state() == HealthState.DOWN
                    ? "after " + lb().fall() + " failed check" + (lb().fall() == 1 ? "" : "s") + " (" + failure + ")"
                    : "after " + lb().rise() + " good check" + (lb().rise() == 1 ? "" : "s");
            sim.emit(new SimEvent.HealthChanged(now, s.name(), s.state(), reason));
        }
        scheduleNext(s, p.generation);
    }

}
