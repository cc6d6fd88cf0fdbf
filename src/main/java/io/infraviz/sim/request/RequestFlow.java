package io.infraviz.sim.request;

import io.infraviz.engine.Engine;
import io.infraviz.model.Outcome;
import io.infraviz.model.Role;
import io.infraviz.sim.db.Databases;
import io.infraviz.sim.db.ReplicationFlow;
import io.infraviz.sim.lb.BackendPool;
import io.infraviz.sim.lb.BackendServer;
import io.infraviz.sim.lb.ConnectionRetry;
import io.infraviz.sim.lb.LoadBalancers;
import io.infraviz.sim.monitoring.MonitoringFlow;
import io.infraviz.sim.net.Network;
import io.infraviz.sim.security.SecurityFlow;
import io.infraviz.sim.world.AppWorkers;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.SimulationListener;
import io.infraviz.sim.world.Travel;
import io.infraviz.sim.world.World;

import java.util.function.Consumer;

import static io.infraviz.sim.request.RequestCheckpoint.AT_CLIENT;
import static io.infraviz.sim.request.RequestCheckpoint.AT_DNS;
import static io.infraviz.sim.request.RequestCheckpoint.AT_ENTRY;
import static io.infraviz.sim.request.RequestCheckpoint.AT_WEB;
import static io.infraviz.sim.request.RequestCheckpoint.DNS_ANSWERED;
import static io.infraviz.sim.request.RequestCheckpoint.DNS_FAILED;
import static io.infraviz.sim.request.RequestCheckpoint.RETRY;

/**
 * A request's journey, hop by hop: DNS lookup when the client's answer has expired, the load
 * balancer (with HAProxy's retries and redispatch), then the server ({@link ServerLeg}: Nginx, the
 * application server and its files), the database ({@link DatabaseQuery}) and back the same way;
 * {@link RequestEnding} answers the client.
 *
 * <p>Each {@code case} of {@link #arrive(Request)} is one place a request can reach; what it
 * finds there (running, refused, unreachable, hung, erroring) decides the next hop.
 */
public final class RequestFlow {
    private final World world;
    private final Databases databases;
    private final Engine engine;
    private final Network network;
    private final RequestHops hops;
    private final LoadBalancers balancers;
    private final SecurityFlow security;
    private final ServerLeg server;
    private final DatabaseQuery database;
    private final RequestEnding ending;

    /** @param answered told when a request's answer reached its client (or the client gave up) */
    public RequestFlow(World world, Databases databases, Engine engine, Travel travel, AppWorkers workers, LoadBalancers balancers,
            SecurityFlow security, ReplicationFlow replication, MonitoringFlow monitoring, RunCounters counters,
            SimulationListener events, Consumer<Request> answered) {
        this.world = world;
        this.databases = databases;
        this.engine = engine;
        this.network = world.network();
        this.hops = new RequestHops(travel);
        this.balancers = balancers;
        this.security = security;
        this.ending = new RequestEnding(world, databases, engine, travel, workers, monitoring, counters, events, answered);
        this.server = new ServerLeg(world, engine, hops, workers, ending);
        this.database = new DatabaseQuery(world, databases, engine, hops, replication, server);
    }

    /** Sends a new request from its client now. */
    void send(Request r) {
        r.startUs = engine.now();
        if (world.dns() != null && !r.client.dns().valid(engine.now())) {
            hops.go(r, world.users(), world.dns(), network.hop(world.users(), world.dns()), AT_DNS);
        } else {
            toEntry(r);
        }
    }

    /** The request's hop ended: what it finds where it arrived decides the next. */
    void arrive(Request r) {
        switch (r.checkpoint) {
            case AT_DNS -> atDns(r);
            case DNS_ANSWERED -> {
                r.client.dns().store(engine.now(), world.timings().dnsTtl());
                toEntry(r);
            }
            case DNS_FAILED, AT_CLIENT -> ending.deliver(r);
            case AT_ENTRY -> atEntry(r);
            case AT_WEB -> server.atWeb(r);
            case CONNECT_REFUSED -> connectionFailed(r, true);
            case CONNECT_TIMED_OUT -> connectionFailed(r, false);
            case RETRY -> retry(r);
            case AT_APP -> server.atApp(r);
            case APP_TIMED_OUT -> server.appTimedOut(r);
            case AT_FILES -> server.atFiles(r);
            case CODE_LOADED -> server.codeLoaded(r);
            case APP_DONE -> {
                if (!server.appGone(r)) {
                    database.query(r);
                }
            }
            case AT_DB -> database.atDb(r);
            case DB_FAILED -> {
                if (!server.appGone(r)) {
                    database.failed(r);
                }
            }
            case QUERY_ANSWERED -> {
                if (!server.appGone(r)) {
                    database.answered(r);
                }
            }
            case BACK_AT_APP -> {
                if (!server.appGone(r)) {
                    server.leaveApp(r);
                }
            }
            case BACK_AT_WEB -> server.backAtWeb(r);
            case BACK_AT_LB -> backAtLb(r);
        }
    }

    /** A worker of the application server takes the request (from its queue). */
    void startWork(Request r) {
        server.startWork(r);
    }

    // ---- the Internet side -------------------------------------------------------------------

    private void atDns(Request r) {
        ComponentState dns = world.dns();
        long back = network.hop(dns, world.users());
        switch (network.reach(world.users(), dns)) {
            case OK -> hops.go(r, dns, world.users(), world.timings().dnsProcessing() + back, DNS_ANSWERED);
            case ERRORING -> {
                r.fail(dns, Outcome.DNS_FAILURE, "the DNS server answers SERVFAIL");
                hops.go(r, dns, world.users(), world.timings().dnsProcessing() + back, DNS_FAILED);
            }
            case REFUSED -> {
                r.fail(dns, Outcome.DNS_FAILURE, "the DNS server is down: the lookup failed");
                hops.go(r, dns, world.users(), back, DNS_FAILED);
            }
            case HUNG, UNREACHABLE -> {
                r.fail(dns, Outcome.DNS_FAILURE, "the DNS server does not answer: the lookup timed out");
                hops.stay(r, dns, Math.max(0, r.startUs + world.timings().dnsTimeout() - engine.now()), DNS_FAILED);
            }
        }
    }

    private void toEntry(Request r) {
        security.requestOnTheInternet(r.kind, r.client);
        r.front = world.entry();
        r.attemptStart = engine.now();
        hops.go(r, world.users(), world.entry(), network.hop(world.users(), world.entry()), AT_ENTRY);
    }

    private void atEntry(Request r) {
        ComponentState entry = r.front;
        if (entry.component().role() == Role.VIRTUAL_IP) {
            ComponentState holder = balancers.vip().holder().component();
            if (holder.hostDown()) {
                // Nobody answers for the address until the other load balancer claims it: the
                // browser's connection attempts wait (and go through once the address has moved).
                ending.giveUpAt(r, r.attemptStart + world.timings().clientTimeout(), Outcome.CLIENT_TIMEOUT);
                hops.stick(r, entry);
                return;
            }
            // The address lives on the holder: the connection reaches its HAProxy.
            r.front = holder;
            entry = holder;
        }
        if (entry.component().role() != Role.LOAD_BALANCER) {
            // No load balancer: the user's browser talks to the web server directly.
            r.web = entry;
            server.atWeb(r);
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
                hops.go(r, entry, world.users(), network.hop(entry, world.users()), AT_CLIENT);
            }
            case HUNG -> {
                ending.giveUpAt(r, r.attemptStart + world.timings().clientTimeout(), Outcome.CLIENT_TIMEOUT);
                hops.stick(r, entry);
            }
            case UNREACHABLE -> {
                r.fail(entry, Outcome.CLIENT_TIMEOUT, "the load balancer cannot be reached");
                hops.stay(r, entry, Math.max(0, r.attemptStart + world.timings().clientTimeout() - engine.now()), AT_CLIENT);
            }
        }
    }

    private void dispatch(Request r) {
        BackendServer server = balancers.at(r.front).pool().pick(r.client.sourceHash(), null);
        if (server == null) {
            r.fail(r.front, Outcome.UNAVAILABLE, "no server is available: the load balancer has every server DOWN");
            leaveLb(r);
            return;
        }
        attempt(r, server);
    }

    /** Opens a connection from the load balancer to a server. */
    private void attempt(Request r, BackendServer server) {
        r.server = server;
        r.web = world.serverWeb(server.index());
        r.attempt++;
        r.attemptStart = engine.now();
        server.connectionOpened();
        r.connectionOpen = true;
        hops.go(r, r.front, r.web, world.timings().lbProcessing() + network.hop(r.front, r.web), AT_WEB);
    }

    /** A connection to the server failed: HAProxy retries, redispatches or answers 503 ({@link ConnectionRetry}). */
    private void connectionFailed(Request r, boolean refused) {
        r.closeConnection();
        if (r.clientDone) {
            ending.finishOrphan(r);
            return;
        }
        ConnectionRetry.Next next = ConnectionRetry.after(world.lb(), balancers.at(r.front).pool(), r.server,
                r.retriesUsed, refused);
        if (next.giveUp()) {
            String why = refused ? "Nginx on " + r.server.name() + " refused the connection"
                    : "the connection to " + r.server.name() + " timed out";
            r.fail(r.web, Outcome.UNAVAILABLE, why + (r.retriesUsed > 0 ? ", " + r.retriesUsed + " retries used" : ", no retries"));
            leaveLb(r);
            return;
        }
        r.retriesUsed++;
        r.redispatch = next.redispatch();
        if (next.delayUs() == 0 && r.redispatch) {
            retry(r);
        } else {
            hops.stay(r, r.front, next.delayUs(), RETRY);
        }
    }

    /** The retry: the same server, or a server picked again (which may be the same one: see {@link BackendPool#pick}). */
    private void retry(Request r) {
        BackendServer next = r.server;
        if (r.redispatch) {
            next = balancers.at(r.front).pool().pick(r.client.sourceHash(), r.server);
            if (next == null) {
                r.fail(r.web, Outcome.UNAVAILABLE, "no server is available for the retry: the load balancer has every server DOWN");
                leaveLb(r);
                return;
            }
        }
        attempt(r, next);
    }

    private void backAtLb(Request r) {
        if (r.clientDone) {
            ending.finishOrphan(r);
            return;
        }
        ending.stopWaiting(r);
        r.closeConnection();
        ComponentState lbc = r.front;
        if (lbc.hostDown() || lbc.killed()) {
            r.outcome = null;
            r.fail(lbc, Outcome.REFUSED, "the load balancer died: connection reset");
            hops.go(r, lbc, world.users(), network.hop(lbc, world.users()), AT_CLIENT);
        } else if (lbc.hung()) {
            ending.giveUpAt(r, r.startUs + world.timings().clientTimeout(), Outcome.CLIENT_TIMEOUT);
            hops.stick(r, lbc);
        } else {
            leaveLb(r);
        }
    }

    private void leaveLb(Request r) {
        hops.go(r, r.front, world.users(), world.timings().lbProcessing() + network.hop(r.front, world.users()), AT_CLIENT);
    }
}
