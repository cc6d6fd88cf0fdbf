package io.infraviz.sim.request;

import io.infraviz.engine.Engine;
import io.infraviz.engine.SimTime;
import io.infraviz.model.Outcome;
import io.infraviz.sim.net.Network;
import io.infraviz.sim.world.AppServerState;
import io.infraviz.sim.world.AppWorkers;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.World;

import static io.infraviz.sim.request.RequestStage.APP_DONE;
import static io.infraviz.sim.request.RequestStage.APP_TIMED_OUT;
import static io.infraviz.sim.request.RequestStage.AT_APP;
import static io.infraviz.sim.request.RequestStage.AT_CLIENT;
import static io.infraviz.sim.request.RequestStage.AT_FILES;
import static io.infraviz.sim.request.RequestStage.BACK_AT_APP;
import static io.infraviz.sim.request.RequestStage.BACK_AT_LB;
import static io.infraviz.sim.request.RequestStage.BACK_AT_WEB;
import static io.infraviz.sim.request.RequestStage.CODE_LOADED;
import static io.infraviz.sim.request.RequestStage.CONNECT_REFUSED;
import static io.infraviz.sim.request.RequestStage.CONNECT_TIMED_OUT;

/**
 * A request on a server: Nginx, the application server it proxies to (a worker, the code read
 * from the app files) and the way back out; what each finds there decides the next hop.
 */
final class ServerLeg {
    private final World world;
    private final Engine engine;
    private final Network network;
    private final RequestHops hops;
    private final AppWorkers workers;
    private final RequestEnding ending;

    ServerLeg(World world, Engine engine, RequestHops hops, AppWorkers workers, RequestEnding ending) {
        this.world = world;
        this.engine = engine;
        this.network = world.network();
        this.hops = hops;
        this.workers = workers;
        this.ending = ending;
    }

    void atWeb(Request r) {
        ComponentState web = r.web;
        boolean viaLb = r.viaLoadBalancer();
        ComponentState upstream = viaLb ? r.front : world.users();
        switch (network.reach(upstream, web)) {
            case UNREACHABLE -> {
                if (viaLb) {
                    long timeout = SimTime.ms(world.lb().timeoutConnectMs());
                    hops.stay(r, web, Math.max(0, r.attemptStart + timeout - engine.now()), CONNECT_TIMED_OUT);
                } else {
                    r.fail(web, Outcome.CLIENT_TIMEOUT, web.id() + " cannot be reached");
                    hops.stay(r, web, Math.max(0, r.attemptStart + world.timings().clientTimeout() - engine.now()), AT_CLIENT);
                }
            }
            case REFUSED -> {
                if (viaLb) {
                    hops.go(r, web, r.front, network.hop(web, r.front), CONNECT_REFUSED);
                } else {
                    r.fail(web, Outcome.REFUSED, "Nginx is down: connection refused");
                    hops.go(r, web, world.users(), network.hop(web, world.users()), AT_CLIENT);
                }
            }
            case HUNG -> {
                ending.armResponseTimer(r);
                hops.stick(r, web);
            }
            case ERRORING -> {
                ending.armResponseTimer(r);
                r.fail(web, Outcome.SERVER_ERROR, "Nginx answers 500 Internal Server Error");
                leaveWeb(r);
            }
            case OK -> {
                ending.armResponseTimer(r);
                AppServerState app = world.nextUpstream(web);
                if (app == null) {
                    leaveWeb(r);
                    return;
                }
                r.app = app;
                r.upstreamTries = 1;
                hops.go(r, web, app.component(), world.timings().webProcessing() + network.hop(web, app.component()), AT_APP);
            }
        }
    }

    void atApp(Request r) {
        ComponentState app = r.app.component();
        switch (network.reach(r.web, app)) {
            case OK -> {
                switch (workers.admit(r, r.app)) {
                    case STARTED -> {
                        r.workerEpoch = r.app.epoch();
                        startWork(r);
                    }
                    case QUEUED -> { }
                    case REJECTED -> {
                        r.fail(app, Outcome.BAD_GATEWAY, "the app server is overloaded: its queue is full (Nginx answers 502)");
                        hops.go(r, app, r.web, network.hop(app, r.web), BACK_AT_WEB);
                    }
                }
            }
            case ERRORING -> {
                r.fail(app, Outcome.SERVER_ERROR, "the app server answers 500 Internal Server Error");
                hops.go(r, app, r.web, network.hop(app, r.web), BACK_AT_WEB);
            }
            case REFUSED -> {
                if (!tryNextUpstream(r)) {
                    r.fail(app, Outcome.BAD_GATEWAY, "the app server is down: Nginx answers 502 Bad Gateway");
                    hops.go(r, app, r.web, network.hop(app, r.web), BACK_AT_WEB);
                }
            }
            case HUNG -> hops.stick(r, app);
            case UNREACHABLE -> hops.stay(r, app, Math.max(0, world.timings().proxyTimeout() - network.hop(r.web, app)), APP_TIMED_OUT);
        }
    }

    /**
     * Nginx's proxy_next_upstream (on by default for connection errors): with more than one
     * application server, a refused connection is tried on the next one.
     */
    private boolean tryNextUpstream(Request r) {
        if (r.upstreamTries >= world.upstreamCount(r.web)) {
            return false;
        }
        AppServerState next = world.upstreamAfter(r.web, r.app);
        r.upstreamTries++;
        r.app = next;
        hops.go(r, r.web, next.component(), network.hop(r.web, next.component()), AT_APP);
        return true;
    }

    /** A worker starts on the request: first it loads the code from the app files. */
    void startWork(Request r) {
        ComponentState app = r.app.component();
        ComponentState files = world.filesOf(app);
        if (files == null) {
            hops.stay(r, app, 0, CODE_LOADED);
            return;
        }
        hops.go(r, app, files, network.hop(app, files), AT_FILES);
    }

    void atFiles(Request r) {
        ComponentState files = r.to();
        ComponentState app = r.app.component();
        long back = network.hop(files, app);
        switch (network.reach(app, files)) {
            case OK, ERRORING -> {
                if (files.erroring()) {
                    r.fail(files, Outcome.SERVER_ERROR, "the app files give read errors: the app cannot load its code");
                }
                hops.go(r, files, app, world.timings().filesRead() + back, files.erroring() ? BACK_AT_APP : CODE_LOADED);
            }
            case REFUSED, UNREACHABLE -> {
                r.fail(files, Outcome.SERVER_ERROR, "the app files are gone: the app cannot load its code");
                hops.go(r, files, app, back, BACK_AT_APP);
            }
            case HUNG -> hops.stick(r, files);
        }
    }

    /**
     * True (and handled) when the application server died, hung or lost its host while working on
     * the request.
     */
    boolean appGone(Request r) {
        ComponentState app = r.app.component();
        if (app.running() && r.workerEpoch == r.app.epoch()) {
            return false;
        }
        if (app.hung() && !app.killed() && !app.hostDown()) {
            hops.stick(r, app);
        } else if (app.hostDown()) {
            ending.vanish(r);
        } else {
            r.fail(app, Outcome.BAD_GATEWAY, "the app server died while working on it: Nginx answers 502");
            hops.go(r, app, r.web, network.hop(app, r.web), BACK_AT_WEB);
        }
        return true;
    }

    void leaveApp(Request r) {
        ComponentState app = r.app.component();
        workers.release(r.app, r.workerEpoch);
        r.workerEpoch = -1;
        hops.go(r, app, r.web, network.hop(app, r.web), BACK_AT_WEB);
    }

    void backAtWeb(Request r) {
        ComponentState web = r.web;
        if (web.hostDown()) {
            ending.vanish(r);
        } else if (web.killed()) {
            r.fail(web, Outcome.BAD_GATEWAY, "Nginx died before answering");
            leaveWeb(r);
        } else if (web.hung()) {
            hops.stick(r, web);
        } else {
            leaveWeb(r);
        }
    }

    void leaveWeb(Request r) {
        ComponentState web = r.web;
        if (r.viaLoadBalancer()) {
            hops.go(r, web, r.front, world.timings().webProcessing() + network.hop(web, r.front), BACK_AT_LB);
        } else {
            hops.go(r, web, world.users(), world.timings().webProcessing() + network.hop(web, world.users()), AT_CLIENT);
        }
    }

    /** Nginx gave up waiting for the application server (proxy timeout). */
    void appTimedOut(Request r) {
        r.fail(r.app.component(), Outcome.GATEWAY_TIMEOUT, "the app server did not answer Nginx in time");
        leaveWeb(r);
    }

    /** The code is loaded: the application works on the request. */
    void codeLoaded(Request r) {
        if (!appGone(r)) {
            hops.stay(r, r.app.component(), world.jitter(world.timings().appProcessing()), APP_DONE);
        }
    }
}
