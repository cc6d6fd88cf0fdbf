package io.infraviz.sim.request;

import io.infraviz.engine.Engine;
import io.infraviz.engine.SimTime;
import io.infraviz.engine.Timer;
import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.sim.db.Databases;
import io.infraviz.sim.monitoring.MonitoringFlow;
import io.infraviz.sim.net.Network;
import io.infraviz.sim.world.AppWorkers;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;
import io.infraviz.sim.world.Travel;
import io.infraviz.sim.world.World;

import java.util.function.Consumer;

/**
 * How a request ends: answered, given up on by HAProxy ({@code timeout server}) or the browser,
 * lost with a host, or finished after its client stopped waiting. Counts and reports the result.
 */
final class RequestEnding {
    private final World world;
    private final Databases databases;
    private final Engine engine;
    private final Network network;
    private final Travel travel;
    private final AppWorkers workers;
    private final MonitoringFlow monitoring;
    private final RunCounters counters;
    private final SimulationListener events;
    private final Consumer<Request> answered;

    /** @param answered told when a request's answer reached its client (or the client gave up) */
    RequestEnding(World world, Databases databases, Engine engine, Travel travel, AppWorkers workers, MonitoringFlow monitoring,
            RunCounters counters, SimulationListener events, Consumer<Request> answered) {
        this.world = world;
        this.databases = databases;
        this.engine = engine;
        this.network = world.network();
        this.travel = travel;
        this.workers = workers;
        this.monitoring = monitoring;
        this.counters = counters;
        this.events = events;
        this.answered = answered;
    }

    /**
     * Starts the wait for the server's answer: HAProxy's {@code timeout server} (504), or, with no
     * load balancer, the browser's own patience.
     */
    void armResponseTimer(Request r) {
        if (r.timerAttempt == r.attempt) {
            return;
        }
        r.timerAttempt = r.attempt;
        if (r.viaLoadBalancer()) {
            long deadline = engine.now() + SimTime.ms(world.lb().timeoutServerMs());
            giveUpAt(r, deadline, Outcome.GATEWAY_TIMEOUT);
        } else {
            giveUpAt(r, r.startUs + world.timings().clientTimeout(), Outcome.CLIENT_TIMEOUT);
        }
    }

    /** Stops waiting for the request at {@code time}, unless something answers first (the wait it replaces is called off). */
    void giveUpAt(Request r, long time, Outcome outcome) {
        engine.cancel(r.giveUp);
        r.giveUp = new GiveUp(r, outcome);
        engine.startTimer(time, r.giveUp);
    }

    /** Nobody waits for the request's answer any more: it came, or the wait starts over. */
    void stopWaiting(Request r) {
        engine.cancel(r.giveUp);
    }

    /** HAProxy (or the browser) stops waiting for an answer. */
    private final class GiveUp extends Timer {
        private final Request r;
        private final Outcome outcome;

        GiveUp(Request r, Outcome outcome) {
            this.r = r;
            this.outcome = outcome;
        }

        @Override
        public void fire() {
            if (r.clientDone) {
                return;
            }
            ComponentState where = r.to();
            String reason = outcome == Outcome.GATEWAY_TIMEOUT
                    ? stuckReason(where) + ": no answer within timeout server ("
                    + SimTime.human(SimTime.ms(world.lb().timeoutServerMs())) + ")"
                    : stuckReason(where) + ": the browser gave up after " + SimTime.human(world.timings().clientTimeout());
            r.outcome = null;
            r.fail(where, outcome, reason);
            r.closeConnection();
            long back = outcome == Outcome.GATEWAY_TIMEOUT
                    ? world.timings().lbProcessing() + network.hop(r.front, world.users()) : 0;
            r.clientDone = true;
            engine.schedule(back, () -> complete(r));
            travel.landIfIdle(r);
        }
    }

    private String stuckReason(ComponentState where) {
        return switch (where.status()) {
            case HUNG -> where.id() + " is not answering";
            case HOST_DOWN -> where.hostOrSelfId() + " is down";
            case KILLED -> where.id() + " is down";
            default -> where.id() + " is too slow";
        };
    }

    /** The request is lost with a host that went down; the timer already running will answer the client. */
    void vanish(Request r) {
        travel.lose(r);
        if (r.timerAttempt < 0 && !r.clientDone) {
            r.fail(r.to(), Outcome.CLIENT_TIMEOUT, r.to().hostOrSelfId() + " went down with the request");
            long at = Math.max(engine.now(), r.startUs + world.timings().clientTimeout());
            r.clientDone = true;
            engine.scheduleAt(at, () -> complete(r));
        }
    }

    void finishOrphan(Request r) {
        r.closeConnection();
        if (r.workerEpoch >= 0) {
            workers.release(r.app, r.workerEpoch);
            r.workerEpoch = -1;
        }
        travel.land(r);
    }

    /** The answer reached the client. */
    void deliver(Request r) {
        travel.land(r);
        if (r.clientDone) {
            return;
        }
        r.clientDone = true;
        stopWaiting(r);
        complete(r);
    }

    private void complete(Request r) {
        Outcome outcome = r.outcome != null ? r.outcome
                : (r.kind == RequestKind.READ && r.stale ? Outcome.STALE : Outcome.FRESH);
        RequestResult result = new RequestResult(r.index(), r.startUs, engine.now(), r.kind, r.client.client().ip(),
                r.server == null ? "" : r.server.name(),
                r.servedBy == null || !outcome.succeeded() ? "" : r.servedBy.id(),
                outcome, r.failedAt == null ? "" : r.failedAt.id(), r.reason == null ? "" : r.reason,
                r.retriesUsed);
        monitoring.requestCompleted(engine.now(), !outcome.succeeded());
        counters.completed(r, outcome, r.servedBy == null ? null : databases.componentOf(r.servedBy));
        events.onEvent(new SimEvent.RequestCompleted(result));
        answered.accept(r);
    }
}
