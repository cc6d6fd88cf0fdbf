package io.infraviz.sim.db;

import io.infraviz.engine.SeededRandom;

/**
 * How long a Replica's SQL thread takes to apply one write, drawn for each write: log-normal around
 * a median, as service times are (most writes near it, a few much slower). With the realistic
 * preset a write is applied about a millisecond after its commit, and, as measured on a real
 * MariaDB pair, a read sent right after the write's OK finds it missing a large share of the time.
 * Seeded, so the same run draws the same times.
 */
final class ApplyTimes {
    /** Spread of the logarithm: the middle 90 % of draws lie within about 0.37x to 2.7x the median. */
    static final double SIGMA = 0.6;
    /** Draws are kept within these multiples of the median, so one draw cannot stall a run. */
    private static final double MIN_FACTOR = 0.125;
    private static final double MAX_FACTOR = 8;

    private final SeededRandom random;

    ApplyTimes(long seed) {
        this.random = new SeededRandom(seed);
    }

    /** One write's apply time, in microseconds, for a median of {@code median}. */
    long next(long median) {
        // Box-Muller: a standard normal from two uniform draws (1 - u keeps the logarithm finite).
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        double factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, Math.exp(SIGMA * z)));
        return Math.round(median * factor);
    }
}
