package io.infraviz.sim;

import io.infraviz.engine.Engine;
import io.infraviz.engine.Scheduled;
import io.infraviz.engine.SimTime;
import io.infraviz.model.LbSettings;
import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.model.Role;
import io.infraviz.model.Timings;
import io.infraviz.sim.lb.BackendServer;

import java.util.function.Consumer;

import static io.infraviz.sim.RequestStage.*;

/**
 * A request's journey, hop by hop: DNS lookup when the client's answer has expired, the load
 * balancer (with HAProxy's retries and redispatch), Nginx, the application server (which reads
 * its code from the app files and queries the database) and back the same way.
 *
 * <p>Each {@code case} of {@link #arrive(Request)} is one place a request can reach; what it
 * finds there (running, refused, unreachable, hung, erroring) decides the next hop.
 */
final class RequestFlow {

    private final World world;
    private final Engine engine;
    private final Network network;
    private final Travel travel;
    private final AppWorkers workers;
    private final DatabaseRouter router;
    private final LoadBalancers balancers;
    private final SecurityFlow security;
    private final ReplicationFlow replication;
    private final MonitoringFlow monitoring;
    private final RunCounters counters;
    private final SimulationListener events;
    private final Consumer<Request> answered;

    /** @param answered told when a request's answer reached its client (or the client gave up) */
    RequestFlow(World world, Engine engine, Travel travel, AppWorkers workers, LoadBalancers balancers,
            SecurityFlow security, ReplicationFlow replication, MonitoringFlow monitoring, RunCounters counters,
            SimulationListener events, Consumer<Request> answered) {
        this.world = world;
        this.engine = engine;
        this.network = world.network();
        this.travel = travel;
        this.workers = workers;
        this.router = new DatabaseRouter(world, engine);
        this.balancers = balancers;
        this.security = security;
        this.replication = replication;
        this.monitoring = monitoring;
        this.counters = counters;
        this.events = events;
        this.answered = answered;
    }

    /** Puts the request on a hop; {@code stage} says what happens when it ends. */
    private void go(Request r, ComponentState from, ComponentState to, long duration, RequestStage stage) {
        r.stage = stage;
        travel.move(r, from, to, duration);
    }

    private void stay(Request r, ComponentState at, long duration, RequestStage stage) {
        r.stage = stage;
        travel.stay(r, at, duration);
    }

    private Timings t() {
        return world.settings().timings();
    }

    private LbSettings lb() {
        return world.settings().lb();
    }

    private long now() {
        return engine.now();
    }

    /** Sends a new request from its client now. */
    void send(Request r) {
        r.startUs = now();
        if (world.dns() != null && !r.client.dns.valid(now())) {
            go(r, world.users(), world.dns(), network.hop(world.users(), world.dns()), AT_DNS);
        } else {
            toEntry(r);
        }
    }

    void arrive(Request r) {
        switch (r.stage) {
            case AT_DNS -> atDns(r);
            case DNS_ANSWERED -> {
                r.client.dns.store(now(), t().dnsTtl());
                toEntry(r);
            }
            case DNS_FAILED, AT_CLIENT -> deliver(r);
            case AT_ENTRY -> atEntry(r);
            case AT_WEB -> atWeb(r);
            case CONNECT_REFUSED -> connectionFailed(r, true);
            case CONNECT_TIMED_OUT -> connectionFailed(r, false);
            case RETRY -> attempt(r, r.server);
            case AT_APP -> atApp(r);
            case APP_TIMED_OUT -> {
                r.fail(r.app.component, Outcome.GATEWAY_TIMEOUT, "the app server did not answer Nginx in time");
                leaveWeb(r);
            }
            case AT_FILES -> atFiles(r);
            case CODE_LOADED -> {
                if (!appGone(r)) {
                    stay(r, r.app.component, world.jitter(t().appProcessing()), APP_DONE);
                }
            }
            case APP_DONE -> {
                if (!appGone(r)) {
                    queryDatabase(r);
                }
            }
            case AT_DB -> atDb(r);
            case DB_FAILED -> {
                if (!appGone(r)) {
                    databaseFailed(r);
                }
            }
            case BACK_AT_APP -> {
                if (!appGone(r)) {
                    leaveApp(r);
                }
            }
            case BACK_AT_WEB -> backAtWeb(r);
            case BACK_AT_LB -> backAtLb(r);
        }
    }

    // ---- the Internet side -------------------------------------------------------------------

    private void atDns(Request r) {
        ComponentState dns = world.dns();
        long back = network.hop(dns, world.users());
        switch (network.reach(world.users(), dns)) {
            case OK -> go(r, dns, world.users(), t().dnsProcessing() + back, DNS_ANSWERED);
            case ERRORING -> {
                r.fail(dns, Outcome.DNS_FAILURE, "the DNS server answers SERVFAIL");
                go(r, dns, world.users(), t().dnsProcessing() + back, DNS_FAILED);
            }
            case REFUSED -> {
                r.fail(dns, Outcome.DNS_FAILURE, "the DNS server is down: the lookup failed");
                go(r, dns, world.users(), back, DNS_FAILED);
            }
            case HUNG, UNREACHABLE -> {
                r.fail(dns, Outcome.DNS_FAILURE, "the DNS server does not answer: the lookup timed out");
                stay(r, dns, Math.max(0, r.startUs + t().dnsTimeout() - now()), DNS_FAILED);
            }
        }
    }

    private void toEntry(Request r) {
        security.requestOnTheInternet(r);
        r.front = world.entry();
        r.attemptStart = now();
        go(r, world.users(), world.entry(), network.hop(world.users(), world.entry()), AT_ENTRY);
    }

    private void atEntry(Request r) {
        ComponentState entry = r.front;
        if (entry.component.role() == Role.VIRTUAL_IP) {
            ComponentState holder = balancers.vip().holder().component;
            if (holder.hostDown()) {
                // Nobody answers for the address until the other load balancer claims it: the
                // browser's connection attempts wait (and go through once the address has moved).
                giveUpAt(r, r.attemptStart + t().clientTimeout(), entry, Outcome.CLIENT_TIMEOUT,
                        "the virtual IP's load balancer is down");
                travel.stick(r, entry);
                return;
            }
            // The address lives on the holder: the connection reaches its HAProxy.
            r.front = holder;
            entry = holder;
        }
        if (entry.component.role() != Role.LOAD_BALANCER) {
            // No load balancer: the user's browser talks to the web server directly.
            r.web = entry;
            atWeb(r);
            return;
        }
        switch (network.reach(world.users(), entry)) {
            case OK -> dispatch(r);
            case ERRORING -> {
                r.fail(entry, Outcome.UNAVAILABLE, "the load balancer answers errors");
                leaveLb(r);
            }
            case REFUSED -> {
                r.fail(entry, Outcome.REFUSED, "the load balancer is down: connection refused");
                go(r, entry, world.users(), network.hop(entry, world.users()), AT_CLIENT);
            }
            case HUNG -> {
                giveUpAt(r, r.attemptStart + t().clientTimeout(), entry, Outcome.CLIENT_TIMEOUT,
                        "the load balancer accepts connections but never answers");
                travel.stick(r, entry);
            }
            case UNREACHABLE -> {
                r.fail(entry, Outcome.CLIENT_TIMEOUT, "the load balancer cannot be reached");
                stay(r, entry, Math.max(0, r.attemptStart + t().clientTimeout() - now()), AT_CLIENT);
            }
        }
    }

    // ---- the load balancer ------------------------------------------------------------------

    private void dispatch(Request r) {
        BackendServer server = balancers.at(r.front).pool.pick(r.client.sourceHash, null);
        if (server == null) {
            r.fail(r.front, Outcome.UNAVAILABLE, "no server is available: the load balancer has every server DOWN");
            leaveLb(r);
            return;
        }
        r.retriesLeft = lb().retries();
        attempt(r, server);
    }

    /** Opens a connection from the load balancer to a server. */
    private void attempt(Request r, BackendServer server) {
        r.server = server;
        r.web = world.serverWeb(server.index());
        r.attempt++;
        r.attemptStart = now();
        server.connectionOpened();
        r.connectionOpen = true;
        go(r, r.front, r.web, t().lbProcessing() + network.hop(r.front, r.web), AT_WEB);
    }

    private boolean viaLoadBalancer(Request r) {
        return r.front.component.role() == Role.LOAD_BALANCER;
    }

    private void atWeb(Request r) {
        ComponentState web = r.web;
        boolean viaLb = viaLoadBalancer(r);
        ComponentState upstream = viaLb ? r.front : world.users();
        switch (network.reach(upstream, web)) {
            case UNREACHABLE -> {
                if (viaLb) {
                    long timeout = SimTime.ms(lb().timeoutConnectMs());
                    stay(r, web, Math.max(0, r.attemptStart + timeout - now()), CONNECT_TIMED_OUT);
                } else {
                    r.fail(web, Outcome.CLIENT_TIMEOUT, web.id() + " cannot be reached");
                    stay(r, web, Math.max(0, r.attemptStart + t().clientTimeout() - now()), AT_CLIENT);
                }
            }
            case REFUSED -> {
                if (viaLb) {
                    go(r, web, r.front, network.hop(web, r.front), CONNECT_REFUSED);
                } else {
                    r.fail(web, Outcome.REFUSED, "Nginx is down: connection refused");
                    go(r, web, world.users(), network.hop(web, world.users()), AT_CLIENT);
                }
            }
            case HUNG -> {
                armResponseTimer(r, web, "Nginx on " + hostOf(web) + " accepts connections but never answers");
                travel.stick(r, web);
            }
            case ERRORING -> {
                armResponseTimer(r, web, null);
                r.fail(web, Outcome.SERVER_ERROR, "Nginx answers 500 Internal Server Error");
                leaveWeb(r);
            }
            case OK -> {
                armResponseTimer(r, web, null);
                AppServerState app = world.nextUpstream(web);
                if (app == null) {
                    leaveWeb(r);
                    return;
                }
                r.app = app;
                r.upstreamTries = 1;
                go(r, web, app.component, t().webProcessing() + network.hop(web, app.component), AT_APP);
            }
        }
    }

    private void connectionFailed(Request r, boolean refused) {
        closeConnection(r);
        if (r.clientDone) {
            finishOrphan(r);
            return;
        }
        String why = refused ? "Nginx on " + r.server.name() + " refused the connection"
                : "the connection to " + r.server.name() + " timed out";
        if (r.retriesLeft > 0) {
            r.retriesLeft--;
            r.retriesUsed++;
            if (lb().redispatch()) {
                BackendServer other = balancers.at(r.front).pool.pick(r.client.sourceHash, r.server);
                if (other != null) {
                    attempt(r, other);
                    return;
                }
            }
            long delay = refused ? SimTime.ms(lb().retryDelayMs()) : 0;
            stay(r, r.front, delay, RETRY);
            return;
        }
        r.fail(r.web, Outcome.UNAVAILABLE, why + (r.retriesUsed > 0 ? ", " + r.retriesUsed + " retries used" : ", no retries"));
        leaveLb(r);
    }

    private void closeConnection(Request r) {
        if (r.connectionOpen) {
            r.connectionOpen = false;
            r.server.connectionClosed();
        }
    }

    /**
     * Starts the wait for the server's answer: HAProxy's {@code timeout server} (504), or, with no
     * load balancer, the browser's own patience.
     */
    private void armResponseTimer(Request r, ComponentState at, String hungReason) {
        if (r.timerAttempt == r.attempt) {
            return;
        }
        r.timerAttempt = r.attempt;
        if (viaLoadBalancer(r)) {
            long deadline = now() + SimTime.ms(lb().timeoutServerMs());
            giveUpAt(r, deadline, at, Outcome.GATEWAY_TIMEOUT, hungReason);
        } else {
            giveUpAt(r, r.startUs + t().clientTimeout(), at, Outcome.CLIENT_TIMEOUT, hungReason);
        }
    }

    private void giveUpAt(Request r, long time, ComponentState at, Outcome outcome, String reason) {
        long token = ++r.timerToken;
        engine.scheduleAt(Math.max(time, now()), new GiveUp(r, token, outcome));
    }

    /** HAProxy (or the browser) stops waiting for an answer. */
    private final class GiveUp implements Scheduled {
        private final Request r;
        private final long token;
        private final Outcome outcome;

        GiveUp(Request r, long token, Outcome outcome) {
            this.r = r;
            this.token = token;
            this.outcome = outcome;
        }

        @Override
        public void fire() {
            if (r.timerToken != token || r.clientDone) {
                return;
            }
            ComponentState where = r.to;
            String reason = outcome == Outcome.GATEWAY_TIMEOUT
                    ? stuckReason(where) + ": no answer within timeout server ("
                    + SimTime.human(SimTime.ms(lb().timeoutServerMs())) + ")"
                    : stuckReason(where) + ": the browser gave up after " + SimTime.human(t().clientTimeout());
            r.outcome = null;
            r.fail(where, outcome, reason);
            closeConnection(r);
            long back = outcome == Outcome.GATEWAY_TIMEOUT
                    ? t().lbProcessing() + network.hop(r.front, world.users()) : 0;
            r.clientDone = true;
            engine.schedule(back, () -> complete(r));
            if (!r.pending && !r.waiting()) {
                travel.land(r);
            }
        }
    }

    private String stuckReason(ComponentState where) {
        return switch (where.status()) {
            case HUNG -> where.id() + " is not answering";
            case HOST_DOWN -> hostOf(where) + " is down";
            case KILLED -> where.id() + " is down";
            default -> where.id() + " is too slow";
        };
    }

    private static String hostOf(ComponentState c) {
        return c.host == null ? c.id() : c.host.host.id();
    }

    // ---- the server: Nginx, the application, its files, the database -----------------------

    private void atApp(Request r) {
        ComponentState app = r.app.component;
        switch (network.reach(r.web, app)) {
            case OK -> {
                switch (workers.admit(r, r.app)) {
                    case STARTED -> {
                        r.workerEpoch = r.app.epoch;
                        startWork(r);
                    }
                    case QUEUED -> { }
                    case REJECTED -> {
                        r.fail(app, Outcome.BAD_GATEWAY, "the app server is overloaded: its queue is full (Nginx answers 502)");
                        go(r, app, r.web, network.hop(app, r.web), BACK_AT_WEB);
                    }
                }
            }
            case ERRORING -> {
                r.fail(app, Outcome.SERVER_ERROR, "the app server answers 500 Internal Server Error");
                go(r, app, r.web, network.hop(app, r.web), BACK_AT_WEB);
            }
            case REFUSED -> {
                if (!tryNextUpstream(r)) {
                    r.fail(app, Outcome.BAD_GATEWAY, "the app server is down: Nginx answers 502 Bad Gateway");
                    go(r, app, r.web, network.hop(app, r.web), BACK_AT_WEB);
                }
            }
            case HUNG -> travel.stick(r, app);
            case UNREACHABLE -> stay(r, app, Math.max(0, t().proxyTimeout() - network.hop(r.web, app)), APP_TIMED_OUT);
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
        go(r, r.web, next.component, network.hop(r.web, next.component), AT_APP);
        return true;
    }

    /** A worker starts on the request: first it loads the code from the app files. */
    void startWork(Request r) {
        ComponentState app = r.app.component;
        ComponentState files = world.filesOf(app);
        if (files == null) {
            stay(r, app, 0, CODE_LOADED);
            return;
        }
        go(r, app, files, network.hop(app, files), AT_FILES);
    }

    private void atFiles(Request r) {
        ComponentState files = r.to;
        ComponentState app = r.app.component;
        long back = network.hop(files, app);
        switch (network.reach(app, files)) {
            case OK, ERRORING -> {
                if (files.erroring) {
                    r.fail(files, Outcome.SERVER_ERROR, "the app files give read errors: the app cannot load its code");
                }
                go(r, files, app, t().filesRead() + back, files.erroring ? BACK_AT_APP : CODE_LOADED);
            }
            case REFUSED, UNREACHABLE -> {
                r.fail(files, Outcome.SERVER_ERROR, "the app files are gone: the app cannot load its code");
                go(r, files, app, back, BACK_AT_APP);
            }
            case HUNG -> travel.stick(r, files);
        }
    }

    private void queryDatabase(Request r) {
        r.dbCandidates = router.candidates(r);
        r.dbTry = 0;
        if (r.dbCandidates.length == 0) {
            leaveApp(r);
            return;
        }
        tryDatabase(r);
    }

    private void tryDatabase(Request r) {
        ComponentState app = r.app.component;
        ComponentState db = r.dbCandidates[r.dbTry];
        go(r, app, db, network.hop(app, db), AT_DB);
    }

    private void atDb(Request r) {
        ComponentState db = r.to;
        ComponentState app = r.app.component;
        long back = network.hop(db, app);
        switch (network.reach(app, db)) {
            case OK -> executeQuery(r, db, back);
            case ERRORING -> {
                r.fail(db, Outcome.SERVER_ERROR, "MySQL answers errors to every query");
                go(r, db, app, back, BACK_AT_APP);
            }
            case REFUSED -> go(r, db, app, back, DB_FAILED);
            case UNREACHABLE -> stay(r, db, Math.max(0, t().dbConnectTimeout() - back), DB_FAILED);
            case HUNG -> travel.stick(r, db);
        }
    }

    private void executeQuery(Request r, ComponentState db, long back) {
        var node = world.cluster().node(db.id());
        ComponentState app = r.app.component;
        r.servedBy = node;
        if (r.kind == RequestKind.WRITE) {
            if (node.readOnly()) {
                r.fail(db, Outcome.SERVER_ERROR,
                        "MySQL error 1290: " + db.id() + " is a read-only Replica and refuses the write");
                go(r, db, app, back, BACK_AT_APP);
                return;
            }
            var entry = world.cluster().commit(node, r.record, now());
            replication.committed(node, entry);
            go(r, db, app, world.jitter(t().dbWrite()) + back, BACK_AT_APP);
        } else {
            r.stale = world.cluster().isStale(node, r.record);
            go(r, db, app, world.jitter(t().dbRead()) + back, BACK_AT_APP);
        }
    }

    /** The database did not answer the connection: fall back to the next one for reads, fail writes. */
    private void databaseFailed(Request r) {
        ComponentState db = r.dbCandidates[r.dbTry];
        r.app.avoidDatabaseUntil[db.index] = now() + t().dbRetryAfter();
        r.dbTry++;
        if (r.dbTry < r.dbCandidates.length) {
            tryDatabase(r);
            return;
        }
        String name = db == world.componentOf(world.cluster().writer()) ? "the Primary" : db.id();
        r.fail(db, Outcome.SERVER_ERROR, (r.kind == RequestKind.WRITE ? "the Primary is down" : "no database answers")
                + ": MySQL error 2002, can't connect to " + name);
        r.servedBy = null;
        leaveApp(r);
    }

    /**
     * True (and handled) when the application server died, hung or lost its host while working on
     * the request.
     */
    private boolean appGone(Request r) {
        ComponentState app = r.app.component;
        if (app.running() && r.workerEpoch == r.app.epoch) {
            return false;
        }
        if (app.hung && !app.killed && !app.hostDown()) {
            travel.stick(r, app);
        } else if (app.hostDown()) {
            vanish(r);
        } else {
            r.fail(app, Outcome.BAD_GATEWAY, "the app server died while working on it: Nginx answers 502");
            go(r, app, r.web, network.hop(app, r.web), BACK_AT_WEB);
        }
        return true;
    }

    private void leaveApp(Request r) {
        ComponentState app = r.app.component;
        workers.release(r.app, r.workerEpoch);
        r.workerEpoch = -1;
        go(r, app, r.web, network.hop(app, r.web), BACK_AT_WEB);
    }

    private void backAtWeb(Request r) {
        ComponentState web = r.web;
        if (web.hostDown()) {
            vanish(r);
        } else if (web.killed) {
            r.fail(web, Outcome.BAD_GATEWAY, "Nginx died before answering");
            leaveWeb(r);
        } else if (web.hung) {
            travel.stick(r, web);
        } else {
            leaveWeb(r);
        }
    }

    private void leaveWeb(Request r) {
        ComponentState web = r.web;
        if (viaLoadBalancer(r)) {
            go(r, web, r.front, t().webProcessing() + network.hop(web, r.front), BACK_AT_LB);
        } else {
            go(r, web, world.users(), t().webProcessing() + network.hop(web, world.users()), AT_CLIENT);
        }
    }

    private void backAtLb(Request r) {
        if (r.clientDone) {
            finishOrphan(r);
            return;
        }
        r.timerToken++;
        closeConnection(r);
        ComponentState lbc = r.front;
        if (lbc.hostDown() || lbc.killed) {
            r.outcome = null;
            r.fail(lbc, Outcome.REFUSED, "the load balancer died: connection reset");
            go(r, lbc, world.users(), network.hop(lbc, world.users()), AT_CLIENT);
        } else if (lbc.hung) {
            giveUpAt(r, r.startUs + t().clientTimeout(), lbc, Outcome.CLIENT_TIMEOUT, null);
            travel.stick(r, lbc);
        } else {
            leaveLb(r);
        }
    }

    private void leaveLb(Request r) {
        go(r, r.front, world.users(), t().lbProcessing() + network.hop(r.front, world.users()), AT_CLIENT);
    }

    /** The request is lost with a host that went down; the timer already running will answer the client. */
    private void vanish(Request r) {
        travel.land(r);
        r.pending = false;
        if (r.timerAttempt < 0 && !r.clientDone) {
            r.fail(r.to, Outcome.CLIENT_TIMEOUT, hostOf(r.to) + " went down with the request");
            long at = Math.max(now(), r.startUs + t().clientTimeout());
            r.clientDone = true;
            engine.scheduleAt(at, () -> complete(r));
        }
    }

    private void finishOrphan(Request r) {
        closeConnection(r);
        if (r.workerEpoch >= 0) {
            workers.release(r.app, r.workerEpoch);
            r.workerEpoch = -1;
        }
        travel.land(r);
    }

    /** The answer reached the client. */
    private void deliver(Request r) {
        travel.land(r);
        if (r.clientDone) {
            return;
        }
        r.clientDone = true;
        r.timerToken++;
        complete(r);
    }

    private void complete(Request r) {
        Outcome outcome = r.outcome != null ? r.outcome
                : (r.kind == RequestKind.READ && r.stale ? Outcome.STALE : Outcome.FRESH);
        RequestResult result = new RequestResult(r.index, r.startUs, now(), r.kind, r.client.client.ip(),
                r.server == null ? "" : r.server.name(),
                r.servedBy == null || !outcome.succeeded() ? "" : r.servedBy.id(),
                outcome, r.failedAt == null ? "" : r.failedAt.id(), r.reason == null ? "" : r.reason,
                r.retriesUsed);
        monitoring.requestCompleted(now(), !outcome.succeeded());
        counters.completed(r, outcome, r.servedBy == null ? null : world.componentOf(r.servedBy));
        events.onEvent(new SimEvent.RequestCompleted(result));
        answered.accept(r);
    }
}
