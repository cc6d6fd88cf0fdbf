package io.infraviz.sim.db;

/** A MySQL server's place in the replication cluster. */
public enum DbRole {
    /** Writable; the source of replication. */
    PRIMARY,
    /** Read-only ({@code read_only=ON}); applies what its source sends. */
    REPLICA
}
