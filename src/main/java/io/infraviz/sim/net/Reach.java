package io.infraviz.sim.net;

/** What happens when one component opens a connection to another. */
public enum Reach {
    /** Connected, and the process answers normally. */
    OK,
    /** Connected, but the process answers every request with an error. */
    ERRORING,
    /** The kernel accepted the connection but the process never answers (stopped or stuck). */
    HUNG,
    /** Nothing listens: the connection is refused at once. */
    REFUSED,
    /** No answer at all (host down, link cut): the connection attempt times out. */
    UNREACHABLE
}
