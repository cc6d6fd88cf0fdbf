package io.infraviz.sim.request;

import io.infraviz.engine.Timer;
import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.model.Role;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.MysqlError;
import io.infraviz.sim.lb.BackendServer;
import io.infraviz.sim.world.AppServerState;
import io.infraviz.sim.world.ClientState;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.Traveller;
import io.infraviz.sim.world.TravellerKind;

/** One user request on its way through the infrastructure and back. */
public final class Request extends Traveller {
    final RequestFlow flow;
    final long index;
    final ClientState client;
    final RequestKind kind;
    final int record;
    long startUs;
    RequestCheckpoint checkpoint;

    ComponentState front;
    BackendServer server;
    ComponentState web;
    AppServerState app;
    int upstreamTries;
    int workerEpoch = -1;
    ComponentState[] dbCandidates;
    int dbTry;
    DatabaseNode servedBy;
    boolean stale;
    /** The database query on its way has been executed (a write committed, a read done) before the server could die. */
    boolean queryDone;
    /** A write's page reading back what the write stored. */
    boolean readingBack;
    /** The id of the value a write stored: a read-back that finds an older one missed it. */
    long ownGtid;
    /** The database the read-back went to, or null. */
    DatabaseNode readBackBy;
    /** The MySQL error the query ended with, or null. */
    MysqlError dbError;

    int attempt;
    int retriesUsed;
    /** The pending retry picks a server again (HAProxy's redispatch) rather than the same one. */
    boolean redispatch;
    long attemptStart;
    boolean connectionOpen;
    int timerAttempt = -1;
    /** The wait for its answer (HAProxy's timeout server, or the browser's), called off when the answer comes. */
    Timer giveUp;

    Outcome outcome;
    ComponentState failedAt;
    String reason;
    boolean clientDone;

    Request(RequestFlow flow, long index, ClientState client, RequestKind kind, int record) {
        super(kind == RequestKind.WRITE ? TravellerKind.WRITE : TravellerKind.READ);
        this.flow = flow;
        this.index = index;
        this.client = client;
        this.kind = kind;
        this.record = record;
    }

    /** Request number, from 0. */
    public long index() {
        return index;
    }

    public RequestKind requestKind() {
        return kind;
    }

    /** The failure so far, or null while all is well. */
    public Outcome failure() {
        return outcome;
    }

    /** Plain words for the failure so far, or null. */
    public String failureReason() {
        return reason;
    }

    /** The server the load balancer chose, or null before it chose. */
    public String backendName() {
        return server == null ? null : server.name();
    }

    /** True for a read a lagging or diverged database answered with old data, or a write whose page missed it. */
    public boolean servedStale() {
        return stale;
    }

    /** True while a write's page reads back what it wrote. */
    public boolean readingBack() {
        return readingBack;
    }

    @Override
    public boolean orphaned() {
        return clientDone;
    }

    /** Where the request's current hop ends (for the flows that move it). */
    @Override
    protected ComponentState to() {
        return super.to();
    }

    @Override
    protected void arrive() {
        flow.arrive(this);
    }

    @Override
    protected void workStarted() {
        workerEpoch = app.epoch();
        flow.startWork(this);
    }

    /** True when the request reached a load balancer (not a web server directly). */
    boolean viaLoadBalancer() {
        return front.component().role() == Role.LOAD_BALANCER;
    }

    /** Closes the load balancer's connection to the server, if it is still open. */
    void closeConnection() {
        if (connectionOpen) {
            connectionOpen = false;
            server.connectionClosed();
        }
    }

    /** Records the first failure; later ones are consequences and keep the first cause. */
    void fail(ComponentState at, Outcome o, String why) {
        if (outcome == null) {
            outcome = o;
            failedAt = at;
            reason = why;
        }
    }
}
