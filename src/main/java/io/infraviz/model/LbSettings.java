package io.infraviz.model;

import java.util.Map;

/**
 * The load balancer's configuration, in HAProxy's terms. Times are milliseconds, as in
 * haproxy.cfg.
 *
 * @param algorithm        {@code balance}
 * @param mode             active-active, or active-passive (the second server is {@code backup})
 * @param check            TCP or HTTP ({@code option httpchk GET /health})
 * @param interMs          {@code inter}: time between two checks of one server
 * @param fall             {@code fall}: failed checks in a row that mark a server DOWN
 * @param rise             {@code rise}: good checks in a row that mark a server UP again
 * @param retries          {@code retries}: extra connection attempts after a failed one
 * @param redispatch       {@code option redispatch}
 * @param allBackups       {@code option allbackups}
 * @param timeoutConnectMs {@code timeout connect}
 * @param timeoutServerMs  {@code timeout server}
 * @param weights          per-server weight overrides for weighted round robin, by server name
 */
public record LbSettings(Algorithm algorithm, LbMode mode, CheckType check, int interMs, int fall, int rise,
                         int retries, boolean redispatch, boolean allBackups, int timeoutConnectMs,
                         int timeoutServerMs, Map<String, Integer> weights) {

    public LbSettings {
        weights = Map.copyOf(weights);
        if (interMs < 1) {
            throw new IllegalArgumentException("inter must be at least 1 ms, got " + interMs);
        }
        if (fall < 1 || rise < 1) {
            throw new IllegalArgumentException("fall and rise must be at least 1");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, got " + retries);
        }
        if (timeoutConnectMs < 1 || timeoutServerMs < 1) {
            throw new IllegalArgumentException("timeouts must be at least 1 ms");
        }
    }

    /** HAProxy's {@code timeout check} when not set: {@code inter}. */
    public int timeoutCheckMs() {
        return interMs;
    }

    /** The pause before retrying a refused connection on the same server: min(timeout connect, 1 s). */
    public int retryDelayMs() {
        return Math.min(timeoutConnectMs, 1000);
    }

    public LbSettings withAlgorithm(Algorithm a) {
        return new LbSettings(a, mode, check, interMs, fall, rise, retries, redispatch, allBackups,
                timeoutConnectMs, timeoutServerMs, weights);
    }

    public LbSettings withMode(LbMode m) {
        return new LbSettings(algorithm, m, check, interMs, fall, rise, retries, redispatch, allBackups,
                timeoutConnectMs, timeoutServerMs, weights);
    }

    public LbSettings withCheck(CheckType c) {
        return new LbSettings(algorithm, mode, c, interMs, fall, rise, retries, redispatch, allBackups,
                timeoutConnectMs, timeoutServerMs, weights);
    }

    public LbSettings withChecks(int inter, int newFall, int newRise) {
        return new LbSettings(algorithm, mode, check, inter, newFall, newRise, retries, redispatch, allBackups,
                timeoutConnectMs, timeoutServerMs, weights);
    }

    public LbSettings withRetries(int newRetries, boolean newRedispatch) {
        return new LbSettings(algorithm, mode, check, interMs, fall, rise, newRetries, newRedispatch, allBackups,
                timeoutConnectMs, timeoutServerMs, weights);
    }

    public LbSettings withTimeouts(int connectMs, int serverMs) {
        return new LbSettings(algorithm, mode, check, interMs, fall, rise, retries, redispatch, allBackups,
                connectMs, serverMs, weights);
    }

    public LbSettings withWeights(Map<String, Integer> newWeights) {
        return new LbSettings(algorithm, mode, check, interMs, fall, rise, retries, redispatch, allBackups,
                timeoutConnectMs, timeoutServerMs, newWeights);
    }

    public LbSettings withAllBackups(boolean all) {
        return new LbSettings(algorithm, mode, check, interMs, fall, rise, retries, redispatch, all,
                timeoutConnectMs, timeoutServerMs, weights);
    }
}
