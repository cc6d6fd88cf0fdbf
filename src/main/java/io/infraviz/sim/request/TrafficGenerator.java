package io.infraviz.sim.request;

import io.infraviz.engine.Engine;
import io.infraviz.model.RequestKind;
import io.infraviz.model.TrafficSettings;
import io.infraviz.sim.world.ClientState;
import io.infraviz.sim.world.World;

import java.util.function.LongConsumer;

/**
 * The users. With a fixed interval, a request leaves every {@code interval} whatever happens (many
 * users, each request from a random client). Sequential: one user who sends the next request
 * {@code interval} after the previous one was sent or, if that one is still running, as soon as
 * it ends. Faults tied to a request index are applied just before that request is sent.
 */
public final class TrafficGenerator {
    private final World world;
    private final Engine engine;
    private final RequestFlow requests;
    private final LongConsumer beforeRequest;
    private long limit = 0;
    private long sent;
    private long answered;
    private boolean started;
    private long generation;
    private boolean intervalElapsed;
    private boolean previousAnswered = true;

    /** @param beforeRequest told a request's index just before it is sent (faults tied to it apply then) */
    public TrafficGenerator(World world, Engine engine, RequestFlow requests, LongConsumer beforeRequest) {
        this.world = world;
        this.engine = engine;
        this.requests = requests;
        this.beforeRequest = beforeRequest;
    }

    public void start(long newLimit) {
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

    public boolean done() {
        return started && limit >= 0 && sent >= limit && answered >= limit;
    }

    public long sent() {
        return sent;
    }

    private TrafficSettings settings() {
        return world.settings().traffic();
    }

    private void sendNext(long gen) {
        if (gen != generation || (limit >= 0 && sent >= limit)) {
            return;
        }
        long index = sent++;
        beforeRequest.accept(index);
        boolean sequential = settings().sequential();
        ClientState client = sequential ? world.clients().get(0)
                : world.clients().get(world.random().nextInt(world.clients().size()));
        RequestKind kind = world.random().nextDouble() < settings().writeFraction() ? RequestKind.WRITE : RequestKind.READ;
        int record = world.random().nextInt(world.settings().db().records());
        Request r = new Request(requests, index, client, kind, record);
        intervalElapsed = false;
        previousAnswered = false;
        if (sequential) {
            engine.schedule(settings().intervalMicros(), () -> {
                if (gen == generation) {
                    intervalElapsed = true;
                    sendIfReady(gen);
                }
            });
        } else {
            engine.schedule(settings().intervalMicros(), () -> sendNext(gen));
        }
        requests.send(r);
    }

    private void sendIfReady(long gen) {
        if (intervalElapsed && previousAnswered) {
            sendNext(gen);
        }
    }

    /**
     * A request's answer reached its client (or the client gave up). Whatever the mode now: a
     * sequential request sent before a switch to many users still holds back the next one.
     */
    public void completed(Request r) {
        answered++;
        if (r.index == sent - 1) {
            previousAnswered = true;
            sendIfReady(generation);
        }
    }
}
