package io.infraviz.sim;

import io.infraviz.model.RequestKind;
import io.infraviz.model.TrafficSettings;

/**
 * The users. With a fixed interval, a request leaves every {@code interval} whatever happens (many
 * users, each request from a random client). Sequential: one user who sends the next request
 * {@code interval} after the previous one was sent or, if that one is still running, as soon as
 * it ends. Faults tied to a request index are applied just before that request is sent.
 */
final class TrafficGenerator {
    private final Simulation sim;
    private long limit = 0;
    private long sent;
    private long answered;
    private boolean started;
    private long generation;
    private boolean intervalElapsed;
    private boolean previousAnswered = true;

    TrafficGenerator(Simulation sim) {
        this.sim = sim;
    }

    void start(long newLimit) {
        this.limit = newLimit;
        this.started = true;
        generation++;
        sendNext(generation);
    }

    /** Stops sending; requests in flight still finish. */
    void stop() {
        generation++;
        started = false;
    }

    boolean done() {
        return started && limit >= 0 && sent >= limit && answered >= limit;
    }

    long sent() {
        return sent;
    }

    private TrafficSettings settings() {
        return sim.settings.traffic();
    }

    private void sendNext(long gen) {
        if (gen != generation || (limit >= 0 && sent >= limit)) {
            return;
        }
        long index = sent++;
        sim.faults.beforeRequest(index);
        boolean sequential = settings().sequential();
        ClientState client = sequential ? sim.clients.get(0)
                : sim.clients.get(sim.random.nextInt(sim.clients.size()));
        RequestKind kind = sim.random.nextDouble() < settings().writeFraction() ? RequestKind.WRITE : RequestKind.READ;
        int record = sim.random.nextInt(sim.settings.db().records());
        Request r = new Request(sim.requests, index, client, kind, record);
        if (sequential) {
            intervalElapsed = false;
            previousAnswered = false;
            sim.engine.schedule(settings().intervalMicros(), () -> {
                if (gen == generation) {
                    intervalElapsed = true;
                    sendIfReady(gen);
                }
            });
        } else {
            sim.engine.schedule(settings().intervalMicros(), () -> sendNext(gen));
        }
        sim.requests.send(r);
    }

    private void sendIfReady(long gen) {
        if (intervalElapsed && previousAnswered) {
            sendNext(gen);
        }
    }

    /** A request's answer reached its client (or the client gave up). */
    void completed(Request r) {
        answered++;
        if (settings().sequential() && r.index == sent - 1) {
            previousAnswered = true;
            sendIfReady(generation);
        }
    }
}
