package io.infraviz.engine;

/**
 * An event that is usually called off before it fires: a timeout that the answer beats. The queue
 * knows where each pending timer sits, so {@link Engine#cancel(Timer)} removes it at once instead
 * of leaving it in the heap until its time (a {@code timeout server} of 30 s at a high request
 * rate would otherwise keep tens of thousands of dead entries there, and every event would sift
 * through them).
 */
public abstract class Timer implements Scheduled {
    /** Its index in the queue's heap while pending, -1 otherwise. */
    int slot = -1;

    /** True while the timer waits in the queue (scheduled, not yet fired or cancelled). */
    public final boolean pending() {
        return slot >= 0;
    }
}
