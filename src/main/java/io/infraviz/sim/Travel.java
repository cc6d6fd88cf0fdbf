package io.infraviz.sim;

import io.infraviz.engine.Engine;

import java.util.function.Consumer;

/**
 * Puts travellers on hops and keeps the list of those in flight: moving between components,
 * staying at one for a while, stuck at one that does not answer, parked in a queue.
 */
final class Travel {
    private final Engine engine;
    private final InFlight inFlight = new InFlight();
    private long watchedRequest = -1;
    private Consumer<Request> watcher;

    Travel(Engine engine) {
        this.engine = engine;
    }

    InFlight inFlight() {
        return inFlight;
    }

    /** The traveller has arrived for good (answered, dropped, decided): no longer shown in flight. */
    void land(Traveller t) {
        inFlight.remove(t);
    }

    /** Calls {@code onHop} at the start of every hop of request {@code index}; -1 stops watching. */
    void watch(long index, Consumer<Request> onHop) {
        this.watchedRequest = index;
        this.watcher = index < 0 ? null : onHop;
    }

    private void hopStarted(Traveller t) {
        if (watcher != null && t instanceof Request r && r.index == watchedRequest) {
            watcher.accept(r);
        }
    }

    /** Puts a traveller on a hop from {@code from} to {@code to} lasting {@code duration}. */
    void move(Traveller t, ComponentState from, ComponentState to, long duration) {
        t.from = from;
        t.to = to;
        t.hopStart = engine.now();
        t.hopEnd = engine.now() + duration;
        t.pending = true;
        inFlight.add(t);
        engine.schedule(duration, t);
        hopStarted(t);
    }

    /** Keeps a traveller at a component for {@code duration} (being worked on, or waiting for a timeout). */
    void stay(Traveller t, ComponentState at, long duration) {
        move(t, at, at, duration);
    }

    /** Leaves a traveller at a component that does not answer, until the component changes. */
    void stick(Traveller t, ComponentState at) {
        at.addStuck(t);
        park(t, at);
    }

    /** Leaves a traveller waiting in a queue (no event until something takes it out). */
    void park(Traveller t, ComponentState at) {
        t.from = at;
        t.to = at;
        t.hopStart = engine.now();
        t.hopEnd = Long.MAX_VALUE;
        t.pending = false;
        inFlight.add(t);
        hopStarted(t);
    }

    /** Lets every traveller stuck at a component try again (it was healed, killed or revived). */
    void wake(ComponentState c) {
        if (c.stuckCount() == 0) {
            return;
        }
        for (Traveller t : c.takeStuck()) {
            t.arrive();
        }
    }
}
