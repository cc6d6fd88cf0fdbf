package io.infraviz.sim.world;

import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;

/**
 * How one request went, as the client saw it.
 *
 * @param index     request number, from 0
 * @param startUs   when the user sent it
 * @param endUs     when the user got the answer (or gave up)
 * @param client    the client's IP
 * @param backend   the server the load balancer last sent it to, or "" if none
 * @param database  the database that served it, or "" if none
 * @param failedAt  the component where it failed, or "" if it succeeded
 * @param reason    plain words for the failure, or "" if it succeeded
 * @param retries   connection retries the load balancer made
 * @param dbError   the MySQL error number the request failed with (e.g. 2002), or 0
 */
public record RequestResult(long index, long startUs, long endUs, RequestKind kind, String client, String backend,
                            String database, Outcome outcome, String failedAt, String reason, int retries, int dbError) {

    public long latencyUs() {
        return endUs - startUs;
    }
}
