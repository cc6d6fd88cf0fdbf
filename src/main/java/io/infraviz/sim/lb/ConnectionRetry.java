package io.infraviz.sim.lb;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Algorithm;
import io.infraviz.model.LbSettings;

/**
 * What HAProxy 2.6 does after a connection to a server failed (refused, or not accepted within
 * {@code timeout connect}): give up with a 503, retry the same server, or redispatch to another
 * one, now or after a pause. The one owner of that rule; read from HAProxy 2.6's source
 * ({@code back_handle_st_cer} in backend.c, {@code stream_choose_redispatch} in stream.h, with the
 * 2.6 fix "only enforce turn-around state when not redispatching") and checked against the real
 * HAProxy 2.6.12 (src/compare/haproxy, scenarios kill-redispatch with BALANCE=leastconn|source and
 * active-passive-redispatch: a leastconn retry goes to web-01 at once, "+1"; a source or
 * active-passive one waits out 3 pauses of 1 s, "+3", Ta 3004 ms, then goes to the other server).
 *
 * <ul>
 *   <li>{@code retries} counts the attempts after the first; when they are used up, 503.</li>
 *   <li>With {@code option redispatch} (no interval: "on the last retry"), a retry goes to another
 *       server when it is the last one, when the failed server is no longer running (DOWN), or at
 *       once when the algorithm is not a hash ({@code roundrobin}, also weighted, or {@code leastconn};
 *       not {@code source}: it does not care which server a request gets) and more than one active
 *       (non-backup) server is UP. Otherwise the retry goes to the same server.</li>
 *   <li>A refused connection (an error, not a timeout) is retried after min({@code timeout connect},
 *       1 s) — "we will likely have to retry connecting to the same server" — unless it is redispatched
 *       while more than one active server is UP. A timed-out one has already waited: no pause.</li>
 * </ul>
 */
public final class ConnectionRetry {
    /**
     * The next step for a request whose connection failed.
     *
     * @param giveUp     the retries are used up: HAProxy answers 503
     * @param redispatch the retry picks a server again (avoiding the failed one when the algorithm can)
     * @param delayUs    the pause before the retry, in µs
     */
    public record Next(boolean giveUp, boolean redispatch, long delayUs) {
    }

    private ConnectionRetry() {
    }

    /**
     * @param retriesDone the retries this request already made before the failed attempt
     * @param refused     true when the connection was refused, false when it timed out
     */
    public static Next after(LbSettings lb, BackendPool pool, BackendServer failed, int retriesDone, boolean refused) {
        if (retriesDone >= lb.retries()) {
            return new Next(true, false, 0);
        }
        int retry = retriesDone + 1;
        boolean othersUp = pool.activeUp() > 1;
        boolean anyServerWillDo = pool.algorithm() != Algorithm.SOURCE && othersUp;
        boolean redispatch = lb.redispatch() && (!failed.up() || retry % lb.retries() == 0 || anyServerWillDo);
        boolean pause = refused && !(redispatch && othersUp);
        return new Next(false, redispatch, pause ? SimTime.ms(lb.retryDelayMs()) : 0);
    }
}
