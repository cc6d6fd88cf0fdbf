package io.infraviz.engine;

/**
 * A small, fast, seeded random source (SplitMix64). Written out so its sequence can never change
 * with the JDK: the same seed gives the same run on every machine.
 */
public final class SeededRandom {
    private long state;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** {@code base} spread uniformly by +/- {@code percent} percent. */
    public long jitter(long base, int percent) {
        if (percent == 0 || base == 0) {
            return base;
        }
        double f = 1 + (nextDouble() * 2 - 1) * percent / 100.0;
        return Math.max(0, Math.round(base * f));
    }
}
