package io.infraviz.ui;

import io.infraviz.sim.SimulationView;

import java.util.function.LongSupplier;

/**
 * The clock the diagram's notes (failure marks, the eavesdropper's line) age on: wall time that
 * passed while the simulation moved. Paused, nothing fades, so a person can read every label for
 * as long as they like.
 */
final class PlayClock {
    private long nanos;
    private long lastWallNanos = -1;
    private long lastSimNow = -1;
    private boolean moving;
    private LongSupplier wallClock = System::nanoTime;

    /** Called once a frame: adds the wall time since the last frame if the simulation moved since. */
    long advance(SimulationView simulation) {
        long wall = wallClock.getAsLong();
        moving = simulation.now() != lastSimNow;
        if (moving && lastWallNanos >= 0) {
            nanos += wall - lastWallNanos;
        }
        lastWallNanos = wall;
        lastSimNow = simulation.now();
        return nanos;
    }

    /** Play time so far, in nanoseconds. */
    long now() {
        return nanos;
    }

    /** Whether the simulation moved in the last frame (false while paused). */
    boolean moving() {
        return moving;
    }

    /** For tests: the wall clock to read. */
    void setWallClock(LongSupplier clock) {
        this.wallClock = clock;
    }
}
