package io.infraviz.model;

/**
 * The largest values a person may give (command line, lesson files): past them a run takes hours or
 * all the memory and teaches nothing more. Each limit lives here once, so every reader refuses the
 * same values with the same number in its message.
 */
public final class Limits {
    /** Latest simulated time anything may happen at (a fault, a picture's moment): 24 hours, in ms. */
    public static final long MAX_TIME_MS = 24L * 3600 * 1000;

    /** Words for {@link #MAX_TIME_MS} in messages. */
    public static final String MAX_TIME_WORDS = MAX_TIME_MS + " ms (24 h)";

    /**
     * Highest request rate, per second, and so the shortest interval (0.1 ms): the engine follows
     * each request hop by hop, and the window's dial stops at half of this.
     */
    public static final double MAX_RATE_PER_SECOND = 10_000;

    /** Shortest time between two requests, in ms: the interval of {@link #MAX_RATE_PER_SECOND}. */
    public static final double MIN_INTERVAL_MS = 1000 / MAX_RATE_PER_SECOND;

    /**
     * Most requests one run sends: a billion. A run streams its rows, so memory stays bounded; the
     * time grows with the count (a few minutes per 100 million).
     */
    public static final long MAX_REQUESTS = 1_000_000_000L;

    /**
     * Longest stretch of simulated time a run's traffic may span (requests times the interval): ten
     * years, in days. Health checks run all along, so a billion requests a day apart would take a
     * year of computing; a hundred million at the classroom pace (0.8 s) span 926 days and pass.
     */
    public static final long MAX_TRAFFIC_DAYS = 3650;

    /**
     * Most requests a saved run or a picture's moment may take to replay up to its moment (opening it
     * recomputes the run from time 0): about a minute on a classroom laptop.
     */
    public static final long MAX_REPLAY_REQUESTS = 50_000_000L;

    /** Most health checks to count (fall, rise) or connection retries: more only waits longer. */
    public static final int MAX_CHECKS = 100;

    /** Most workers or queued requests of one application server. */
    public static final int MAX_WORKERS = 10_000;

    private Limits() {
    }
}
