package io.infraviz.bench;

import java.util.Arrays;

/** Percentiles and medians of samples (nearest rank), and rounding for reports. */
final class Stats {
    private Stats() {
    }

    /** The p-th percentile (0..100) of the samples by nearest rank; NaN when there are none. */
    static double percentile(double[] samples, double p) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    /** Rounds to {@code digits} decimals (NaN stays NaN). */
    static double round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double k = Math.pow(10, digits);
        return Math.round(v * k) / k;
    }
}
