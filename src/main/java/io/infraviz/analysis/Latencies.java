package io.infraviz.analysis;

import org.HdrHistogram.Histogram;

import java.util.Arrays;

/**
 * The latencies of a run, for percentiles, in bounded memory: each one is kept (exact percentiles)
 * up to {@link #EXACT_UP_TO}; past that they move into a histogram whose values are within 0.1 %
 * and whose size does not grow with the number of requests, so a run of a billion requests fits.
 */
final class Latencies {
    /** Requests whose percentiles are exact: 1,048,576 (8 MB of latencies at most). */
    static final int EXACT_UP_TO = 1 << 20;

    /** Three significant digits: a percentile is within 0.1 % of the exact one. */
    private static final int DIGITS = 3;

    private long[] exact = new long[1024];
    private int count;
    private Histogram histogram;
    private long max;

    void add(long micros) {
        max = Math.max(max, micros);
        if (histogram != null) {
            histogram.recordValue(micros);
            return;
        }
        if (count == EXACT_UP_TO) {
            histogram = new Histogram(DIGITS);
            for (int i = 0; i < count; i++) {
                histogram.recordValue(exact[i]);
            }
            exact = null;
            histogram.recordValue(micros);
            return;
        }
        if (count == exact.length) {
            exact = Arrays.copyOf(exact, exact.length * 2);
        }
        exact[count++] = micros;
    }

    /** The percentile {@code p} (0..100) in microseconds, or 0 without latencies. */
    long percentile(double p) {
        if (histogram != null) {
            // The histogram rounds; the largest value is known exactly.
            return p >= 100 ? max : Math.min(max, histogram.getValueAtPercentile(p));
        }
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(exact, count);
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }
}
