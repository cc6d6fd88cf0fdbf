package io.infraviz.sim.world;

/** What moves through the infrastructure; each is drawn differently. */
public enum TravellerKind {
    READ,
    WRITE,
    PROBE,
    REPLICATION
}
