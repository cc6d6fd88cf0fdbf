package io.infraviz.sim.request;

import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.HostState;

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
    /**
     * One place's totals. For a server: the successful answers it took part in, as the web or the
     * application server, and the requests that failed at any of its parts. For a component: the
     * requests that failed at it (where the failure was first seen) and, for a database, the
     * successful answers it gave the data for, the reads it answered with old data, and the
     * acknowledged writes lost because it stopped being the Primary before they reached its
     * Replica, and the read-backs it answered without the request's own write. What a place does
     * not count is zero.
     */
    public record Totals(long served, long failed, long staleReads, long lostWrites, long ownWriteStale) {
    }

    private final Places servers;
    private final Places components;
    private long served;
    private long failed;
    private long stale;
    private long lost;
    private long ownWriteStale;

    public RunCounters(List<HostState> hosts, List<ComponentState> components) {
        Map<String, Integer> hostIndex = new HashMap<>();
        Map<String, Integer> componentIndex = new HashMap<>();
        hosts.forEach(h -> hostIndex.put(h.host().id(), h.index()));
        components.forEach(c -> componentIndex.put(c.id(), c.index()));
        this.servers = new Places(hostIndex, hosts.size());
        this.components = new Places(componentIndex, components.size());
    }

    /**
     * A request ended for its client with this outcome.
     *
     * @param db       the database that served it, or null
     * @param readBack the database a write's page read it back from, or null
     */
    void completed(Request r, Outcome outcome, ComponentState db, ComponentState readBack) {
        if (outcome.succeeded()) {
            served++;
            // Once per server it went through: Nginx's and the app server's host (one box in most stages).
            int webHost = r.web == null ? -1 : r.web.hostIndex();
            int appHost = r.app == null ? -1 : r.app.component().hostIndex();
            if (webHost >= 0) {
                servers.served[webHost]++;
            }
            if (appHost >= 0 && appHost != webHost) {
                servers.served[appHost]++;
            }
            if (db != null) {
                components.served[db.index()]++;
                if (outcome == Outcome.STALE && r.kind == RequestKind.READ) {
                    components.stale[db.index()]++;
                    stale++;
                }
            }
            if (readBack != null && outcome == Outcome.STALE && r.kind == RequestKind.WRITE) {
                components.ownWriteStale[readBack.index()]++;
                ownWriteStale++;
            }
        } else if (r.failedAt != null) {
            failed++;
            components.failed[r.failedAt.index()]++;
            if (r.failedAt.hostIndex() >= 0) {
                servers.failed[r.failedAt.hostIndex()]++;
            }
        } else {
            failed++;
        }
    }

    /** A promotion lost writes that {@code oldPrimary} had acknowledged. */
    public void writesLost(ComponentState oldPrimary, long count) {
        lost += count;
        if (oldPrimary != null) {
            components.lost[oldPrimary.index()] += count;
        }
    }

    /** A server's (host's) totals: answers it took part in and requests that failed at its parts. */
    public Totals server(String hostId) {
        return servers.totals(hostId);
    }

    /** A component's totals: failures at it, and for a database its answers, stale reads and lost writes. */
    public Totals component(String componentId) {
        return components.totals(componentId);
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

    /** Writes whose page read back the data without the write itself. */
    public long ownWriteStale() {
        return ownWriteStale;
    }

    /**
     * The counts of one kind of place, servers or components, by the simulation's index: one
     * table for both, so reading a place's totals is written once.
     */
    private static final class Places {
        private final Map<String, Integer> index;
        private final long[] served;
        private final long[] failed;
        private final long[] stale;
        private final long[] lost;
        private final long[] ownWriteStale;

        Places(Map<String, Integer> index, int count) {
            this.index = index;
            served = new long[count];
            failed = new long[count];
            stale = new long[count];
            lost = new long[count];
            ownWriteStale = new long[count];
        }

        /** A place's totals; zero for an id the run does not have. */
        Totals totals(String id) {
            Integer i = index.get(id);
            return i == null ? new Totals(0, 0, 0, 0, 0)
                    : new Totals(served[i], failed[i], stale[i], lost[i], ownWriteStale[i]);
        }
    }
}
