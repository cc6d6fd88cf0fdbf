package io.infraviz.sim;

import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals since the run started, per server and per database, for the diagram's counters: how
 * many answers each server took part in, how many requests failed at it, and the stale reads and
 * lost writes of each database. Counted by the simulation where a request ends for its client
 * (and where a promotion loses writes), so they always agree with the run's own results.
 *
 * <p>Read-only outside the simulation. Plain arrays by host and component index: deterministic
 * and cheap at thousands of requests a second.
 */
public final class RunCounters {
    private final Map<String, Integer> hostIndex = new HashMap<>();
    private final Map<String, Integer> componentIndex = new HashMap<>();
    private final long[] servedOnHost;
    private final long[] failedOnHost;
    private final long[] failedAt;
    private final long[] servedByDb;
    private final long[] staleAt;
    private final long[] lostAt;
    private long served;
    private long failed;
    private long stale;
    private long lost;

    RunCounters(List<HostState> hosts, List<ComponentState> components) {
        hosts.forEach(h -> hostIndex.put(h.host.id(), h.index));
        components.forEach(c -> componentIndex.put(c.id(), c.index));
        servedOnHost = new long[hosts.size()];
        failedOnHost = new long[hosts.size()];
        failedAt = new long[components.size()];
        servedByDb = new long[components.size()];
        staleAt = new long[components.size()];
        lostAt = new long[components.size()];
    }

    /** A request ended for its client with this outcome. */
    void completed(Request r, Outcome outcome, ComponentState db) {
        if (outcome.succeeded()) {
            served++;
            // Once per server it went through: Nginx's and the app server's host (one box in most stages).
            int webHost = r.web == null ? -1 : r.web.hostIndex();
            int appHost = r.app == null ? -1 : r.app.component.hostIndex();
            if (webHost >= 0) {
                servedOnHost[webHost]++;
            }
            if (appHost >= 0 && appHost != webHost) {
                servedOnHost[appHost]++;
            }
            if (db != null) {
                servedByDb[db.index]++;
                if (outcome == Outcome.STALE && r.kind == RequestKind.READ) {
                    staleAt[db.index]++;
                    stale++;
                }
            }
        } else if (r.failedAt != null) {
            failed++;
            failedAt[r.failedAt.index]++;
            if (r.failedAt.hostIndex() >= 0) {
                failedOnHost[r.failedAt.hostIndex()]++;
            }
        } else {
            failed++;
        }
    }

    /** A promotion lost writes that {@code oldPrimary} had acknowledged. */
    void writesLost(ComponentState oldPrimary, long count) {
        lost += count;
        if (oldPrimary != null) {
            lostAt[oldPrimary.index] += count;
        }
    }

    /** Successful answers a server (host) took part in, as the web or the application server. */
    public long servedOn(String hostId) {
        return at(servedOnHost, hostIndex, hostId);
    }

    /** Requests that failed at any part of a server (host). */
    public long failedOn(String hostId) {
        return at(failedOnHost, hostIndex, hostId);
    }

    /** Requests that failed at one component (where the failure was first seen). */
    public long failedAt(String componentId) {
        return at(failedAt, componentIndex, componentId);
    }

    /** Successful answers a database gave the data for. */
    public long servedBy(String databaseId) {
        return at(servedByDb, componentIndex, databaseId);
    }

    /** Reads a database answered with old data. */
    public long staleReads(String databaseId) {
        return at(staleAt, componentIndex, databaseId);
    }

    /** Acknowledged writes lost because this database stopped being the Primary before they reached its Replica. */
    public long lostWrites(String databaseId) {
        return at(lostAt, componentIndex, databaseId);
    }

    public long served() {
        return served;
    }

    public long failed() {
        return failed;
    }

    public long staleReads() {
        return stale;
    }

    public long lostWrites() {
        return lost;
    }

    private static long at(long[] values, Map<String, Integer> index, String id) {
        Integer i = index.get(id);
        return i == null ? 0 : values[i];
    }
}
