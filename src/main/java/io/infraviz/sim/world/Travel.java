package io.infraviz.sim.world;

import io.infraviz.engine.Engine;

import java.util.function.Consumer;

/**
 * Puts travellers on hops and keeps the list of those in flight: moving between components,
 * staying at one for a while, stuck at one that does not answer, parked in a queue.
 */
public final class Travel {
    private final Engine engine;
    private final InFlight inFlight = new InFlight();
    private Consumer<Traveller> watcher;

    public Travel(Engine engine) {
        this.engine = engine;
    }

    public InFlight inFlight() {
        return inFlight;
    }

    /** The traveller has arrived for good (answered, dropped, decided): no longer shown in flight. */
    public void land(Traveller t) {
        inFlight.remove(t);
    }

    /** Lands the traveller unless an event of its hop is still to come (that event will land it). */
    public void landIfIdle(Traveller t) {
        if (!t.pending && !t.waiting()) {
            land(t);
        }
    }

    /** The traveller is lost with a host that went down: no longer in flight, and no event of its hop counts. */
    public void lose(Traveller t) {
        land(t);
        t.pending = false;
    }

    /** Calls {@code onHop} at the start of every traveller's hop (it picks the one it follows); null stops watching. */
    public void watch(Consumer<Traveller> onHop) {
        this.watcher = onHop;
    }

    private void hopStarted(Traveller t) {
        if (watcher != null) {
            watcher.accept(t);
        }
    }

    /** Puts a traveller on a hop from {@code from} to {@code to} lasting {@code duration}. */
    public void move(Traveller t, ComponentState from, ComponentState to, long duration) {
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
    public void stay(Traveller t, ComponentState at, long duration) {
        move(t, at, at, duration);
    }

    /** Leaves a traveller at a component that does not answer, until the component changes. */
    public void stick(Traveller t, ComponentState at) {
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
    public void wake(ComponentState c) {
        if (c.stuckCount() == 0) {
            return;
        }
        for (Traveller t : c.takeStuck()) {
            t.arrive();
        }
    }
}
