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

    public TrafficSettings withSequential(boolean s) {
        return new TrafficSettings(intervalMicros, s, writeFraction);
    }

    public TrafficSettings withWriteFraction(double f) {
        return new TrafficSettings(intervalMicros, sequential, f);
    }
}
