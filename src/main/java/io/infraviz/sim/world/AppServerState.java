package io.infraviz.sim.world;

import java.util.ArrayDeque;

/**
 * An application server's capacity: a fixed number of workers and a queue in front of them.
 * When it is killed, the queue and the work in progress are gone; {@code epoch} tells work that
 * started before the kill that its worker no longer exists.
 */
public final class AppServerState {
    final ComponentState component;
    int busy;
    int epoch;
    final ArrayDeque<Traveller> queue = new ArrayDeque<>();
    /** Until when this application avoids each database it could not connect to, by component index. */
    final long[] avoidDatabaseUntil;

    AppServerState(ComponentState component, int components) {
        this.component = component;
        this.avoidDatabaseUntil = new long[components];
    }

    public ComponentState component() {
        return component;
    }

    /** Changes when the server is killed: work started before belongs to a worker that is gone. */
    public int epoch() {
        return epoch;
    }

    /** Workers busy now. */
    public int busy() {
        return busy;
    }

    /** Requests waiting for a worker. */
    public int queueLength() {
        return queue.size();
    }

    /** Until when the application avoids a database it could not connect to (0 if never). */
    public long avoidsUntil(ComponentState db) {
        return avoidDatabaseUntil[db.index];
    }

    public void avoid(ComponentState db, long until) {
        avoidDatabaseUntil[db.index] = until;
    }
}
