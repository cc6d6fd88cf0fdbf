package io.infraviz.sim.world;

import io.infraviz.engine.Scheduled;

/**
 * Anything in flight: a request, a health-check probe, a replication batch. It is on exactly one
 * hop at a time, from one component to another (or staying at one while it is worked on), with
 * the hop's start and end time, so a view can place it by interpolation.
 *
 * <p>Read-only to everyone outside the simulation.
 */
public abstract class Traveller implements Scheduled {
    private final TravellerKind kind;
    ComponentState from;
    ComponentState to;
    long hopStart;
    long hopEnd;
    int slot = -1;
    /** True while an event for this traveller's current hop is scheduled. */
    boolean pending;

    protected Traveller(TravellerKind kind) {
        this.kind = kind;
    }

    public TravellerKind kind() {
        return kind;
    }

    /** Where the current hop started. */
    public String fromId() {
        return from.id();
    }

    /** Where the current hop ends (the same as {@link #fromId()} while it is being worked on). */
    public String toId() {
        return to.id();
    }

    /** The component where the current hop ends; a subclass widens this to its own package's flows. */
    protected ComponentState to() {
        return to;
    }

    /** Index of the hop's start component in the topology's component list. */
    public int fromIndex() {
        return from.index;
    }

    /** Index of the hop's end component in the topology's component list. */
    public int toIndex() {
        return to.index;
    }

    public long hopStartUs() {
        return hopStart;
    }

    /** When the hop ends; {@link Long#MAX_VALUE} while stuck at a component that does not answer. */
    public long hopEndUs() {
        return hopEnd;
    }

    /** True while the traveller waits at a component without a known end (a hung process, a queue). */
    public boolean waiting() {
        return hopEnd == Long.MAX_VALUE;
    }

    /** True when nobody waits for this any more (its client already got an answer or gave up). */
    public boolean orphaned() {
        return false;
    }

    /** Called by the engine at the end of the hop. */
    @Override
    public final void fire() {
        pending = false;
        arrive();
    }

    /** What the flow that moves it does at the end of a hop. */
    protected abstract void arrive();

    /** Called when an application server's worker takes this traveller from its queue. */
    protected void workStarted() {
        throw new IllegalStateException(kind + " cannot be worked on by an application server");
    }
}
