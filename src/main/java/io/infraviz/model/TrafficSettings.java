package io.infraviz.model;

/**
 * The users' traffic.
 *
 * @param intervalMicros  time between two requests being sent
 * @param sequential      one user who waits for each answer before the next request (a simple
 *                        load-test client); otherwise many users on a fixed schedule
 * @param writeFraction   share of writes (0..1); the rest are reads
 */
public record TrafficSettings(long intervalMicros, boolean sequential, double writeFraction) {
    public TrafficSettings {
        if (intervalMicros < 1) {
            throw new IllegalArgumentException("the interval between requests must be positive");
        }
        if (!(writeFraction >= 0 && writeFraction <= 1)) {
            throw new IllegalArgumentException("the share of writes must be between 0 and 1, got " + writeFraction);
        }
    }

    public TrafficSettings withInterval(long micros) {
        return new TrafficSettings(micros, sequential, writeFraction);
    }

    /** Requests sent per second: the interval seen as a rate. */
    public double requestsPerSecond() {
        return 1_000_000.0 / intervalMicros;
    }

    /** The interval for a rate of {@code rps} requests per second (at least 1 µs). */
    public TrafficSettings withRate(double rps) {
        if (!(rps > 0) || Double.isInfinite(rps)) {
            throw new IllegalArgumentException("the request rate must be a positive number, got " + rps);
        }
        return withInterval(Math.max(1, Math.round(1_000_000 / rps)));
    }

    public TrafficSettings withSequential(boolean s) {
        return new TrafficSettings(intervalMicros, s, writeFraction);
    }

    public TrafficSettings withWriteFraction(double f) {
        return new TrafficSettings(intervalMicros, sequential, f);
    }
}
