package io.infraviz.sim;

import java.util.ArrayDeque;

/**
 * An application server's capacity: a fixed number of workers and a queue in front of them.
 * When it is killed, the queue and the work in progress are gone; {@code epoch} tells work that
 * started before the kill that its worker no longer exists.
 */
final class AppServerState {
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

    ComponentState component() {
        return component;
    }

    /** Changes when the server is killed: work started before belongs to a worker that is gone. */
    int epoch() {
        return epoch;
    }

    /** Until when the application avoids a database it could not connect to (0 if never). */
    long avoidsUntil(ComponentState db) {
        return avoidDatabaseUntil[db.index];
    }

    void avoid(ComponentState db, long until) {
        avoidDatabaseUntil[db.index] = until;
    }
}
