package io.infraviz.sim.lb;

import io.infraviz.sim.world.ServerHealth;

/**
 * One server of the load balancer's backend and what HAProxy knows of it: its health (state and
 * the run of failed or good checks towards the next change) and its open connections.
 */
public final class BackendServer {
    private final String name;
    private final int index;
    private boolean backup;
    private int weight;
    private ServerHealth state = ServerHealth.UP;
    private int failedInARow;
    private int passedInARow;
    private int connections;
    int currentWeight;
    /** The pick count from which a server that just came back UP takes its turns (see {@link BackendPool}). */
    long joinsAtPick;

    public BackendServer(String name, int index, boolean backup, int weight) {
        this.name = name;
        this.index = index;
        this.backup = backup;
        this.weight = weight;
    }

    /** The server's name in the configuration, which is its host id, e.g. {@code web-02}. */
    public String name() {
        return name;
    }

    /** Position in the backend, from 0. */
    public int index() {
        return index;
    }

    public boolean backup() {
        return backup;
    }

    /** Reconfigures the server's {@code backup} flag and weight (a reload of the configuration). */
    public void configure(boolean newBackup, int newWeight) {
        this.backup = newBackup;
        this.weight = newWeight;
    }

    public int weight() {
        return weight;
    }

    public ServerHealth state() {
        return state;
    }

    /** True when HAProxy may send it traffic: UP, including "going down" (failed fewer than fall checks). */
    public boolean up() {
        return state == ServerHealth.UP;
    }

    /** Requests currently assigned to it (what {@code leastconn} compares). */
    public int connections() {
        return connections;
    }

    public void connectionOpened() {
        connections++;
    }

    public void connectionClosed() {
        if (connections > 0) {
            connections--;
        }
    }

    /** Failed checks in a row while UP (towards DOWN). */
    public int failedInARow() {
        return failedInARow;
    }

    /** Good checks in a row while DOWN (towards UP). */
    public int passedInARow() {
        return passedInARow;
    }

    /**
     * Records a failed check.
     *
     * @return true when this check marked the server DOWN
     */
    public boolean checkFailed(int fall) {
        passedInARow = 0;
        if (state == ServerHealth.DOWN) {
            return false;
        }
        failedInARow++;
        if (failedInARow >= fall) {
            state = ServerHealth.DOWN;
            failedInARow = 0;
            return true;
        }
        return false;
    }

    /**
     * Records a good check.
     *
     * @return true when this check marked the server UP again
     */
    public boolean checkPassed(int rise) {
        failedInARow = 0;
        if (state == ServerHealth.UP) {
            return false;
        }
        passedInARow++;
        if (passedInARow >= rise) {
            state = ServerHealth.UP;
            passedInARow = 0;
            return true;
        }
        return false;
    }

    /** Back to the state HAProxy gives every server when it starts: UP, no history. */
    public void reset() {
        state = ServerHealth.UP;
        failedInARow = 0;
        passedInARow = 0;
        connections = 0;
        currentWeight = 0;
    }

    /**
     * HAProxy's words for the server's state: {@code UP}, {@code DOWN}, {@code going down 2/3}
     * (UP but failed 2 of the 3 checks that mark it DOWN) or {@code going up 1/2}.
     */
    public String label(int fall, int rise) {
        if (state == ServerHealth.UP) {
            return failedInARow == 0 ? "UP" : "going down " + failedInARow + "/" + fall;
        }
        return passedInARow == 0 ? "DOWN" : "going up " + passedInARow + "/" + rise;
    }

    @Override
    public String toString() {
        return name;
    }
}
