package io.infraviz.engine;

/** Conversions between microseconds of simulated time and the milliseconds people read. */
public final class SimTime {
    public static final long MICROS_PER_MS = 1000;
    public static final long MICROS_PER_SECOND = 1_000_000;

    private SimTime() {
    }

    public static long ms(double millis) {
        return Math.round(millis * MICROS_PER_MS);
    }

    /** Whole seconds as microseconds. */
    public static long seconds(long seconds) {
        return seconds * MICROS_PER_SECOND;
    }

    /** The whole seconds elapsed at a (non-negative) time, e.g. 2 for 2.9 s. */
    public static long wholeSeconds(long micros) {
        return micros / MICROS_PER_SECOND;
    }

    /** Seconds (with a fraction) as microseconds, rounded. */
    public static long fromSeconds(double seconds) {
        return Math.round(seconds * MICROS_PER_SECOND);
    }

    /** A time in seconds, with its fraction. */
    public static double toSeconds(long micros) {
        return micros / (double) MICROS_PER_SECOND;
    }

    /** A time in milliseconds, with its fraction. */
    public static double toMs(long micros) {
        return micros / (double) MICROS_PER_MS;
    }

    /** The whole tenths of a second elapsed at a (non-negative) time. */
    public static long tenths(long micros) {
        return micros / (MICROS_PER_SECOND / 10);
    }

    /** Tenths of a second as microseconds. */
    public static long fromTenths(long tenths) {
        return tenths * (MICROS_PER_SECOND / 10);
    }

    /** Milliseconds with exactly three decimals, e.g. {@code 1234.500}; locale-independent. */
    public static String formatMs(long micros) {
        long abs = Math.abs(micros);
        String s = (abs / 1000) + "." + String.format("%03d", abs % 1000);
        return micros < 0 ? "-" + s : s;
    }

    /** A short human time, e.g. "12.3 s" or "850 ms". */
    public static String human(long micros) {
        if (Math.abs(micros) >= MICROS_PER_SECOND) {
            return String.format(java.util.Locale.ROOT, "%.1f s", micros / 1e6);
        }
        if (Math.abs(micros) >= MICROS_PER_MS) {
            return String.format(java.util.Locale.ROOT, "%d ms", micros / 1000);
        }
        return String.format(java.util.Locale.ROOT, "%.2f ms", micros / 1000.0);
    }
}
