package io.infraviz.engine;

/** Something that happens at a point of simulated time. */
@FunctionalInterface
public interface Scheduled {
    /** Runs the event; {@link Engine#now()} is its time. */
    void fire();
}
