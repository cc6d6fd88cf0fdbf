package io.infraviz.analysis;

import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.sim.world.ServerHealth;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what happened in a run: requests per backend, per outcome and per status, stale reads,
 * latency percentiles, and every health state change with its time.
 */
public final class RunSummary implements SimulationListener {

    /** One change of a server's health state. */
    public record HealthChange(long timeUs, String server, ServerHealth state) {
    }

    private long requests;
    private final Map<String, Long> byBackend = new TreeMap<>();
    private final Map<String, Long> byOutcome = new TreeMap<>();
    private final Map<String, Long> byStatus = new TreeMap<>();
    private final Map<String, Long> byDatabase = new TreeMap<>();
    private long staleReads;
    private long ownWriteStale;
    private final Map<String, Long> byError = new TreeMap<>();
    private long succeeded;
    private final List<HealthChange> health = new ArrayList<>();
    private final Latencies latencies = new Latencies();
    private long lastEndUs;

    @Override
    public void onEvent(SimEvent event) {
        if (event instanceof SimEvent.RequestCompleted rc) {
            count(rc.result());
        } else if (event instanceof SimEvent.HealthChanged hc) {
            health.add(new HealthChange(hc.timeUs(), hc.server(), hc.state()));
        }
    }

    private void count(RequestResult r) {
        requests++;
        byBackend.merge(r.backend().isEmpty() ? "none" : r.backend(), 1L, Long::sum);
        byOutcome.merge(r.outcome().code(), 1L, Long::sum);
        byStatus.merge(r.outcome().answered() ? r.outcome().status() : "none", 1L, Long::sum);
        if (!r.database().isEmpty()) {
            byDatabase.merge(r.database(), 1L, Long::sum);
        }
        if (r.outcome() == Outcome.STALE) {
            if (r.kind() == RequestKind.WRITE) {
                ownWriteStale++;
            } else {
                staleReads++;
            }
        }
        if (r.dbError() != 0) {
            byError.merge(String.valueOf(r.dbError()), 1L, Long::sum);
        }
        if (r.outcome().succeeded()) {
            succeeded++;
        }
        latencies.add(r.latencyUs());
        lastEndUs = Math.max(lastEndUs, r.endUs());
    }

    public long requests() {
        return requests;
    }

    /** Requests per backend server name ("none" for those that never reached one). */
    public Map<String, Long> byBackend() {
        return byBackend;
    }

    /** Requests per outcome code (fresh, stale, error, bad_gateway, ...). */
    public Map<String, Long> byOutcome() {
        return byOutcome;
    }

    /** Requests per HTTP status ("none" when no HTTP answer came back). */
    public Map<String, Long> byStatus() {
        return byStatus;
    }

    /** Successful requests per database that served them. */
    public Map<String, Long> byDatabase() {
        return byDatabase;
    }

    /** Reads answered with old data. */
    public long staleReads() {
        return staleReads;
    }

    /** Writes whose page read back the data without the write itself (read-your-own-write misses). */
    public long ownWriteStale() {
        return ownWriteStale;
    }

    /** Failed requests per MySQL error number, e.g. {@code "2002" -> 40}. */
    public Map<String, Long> byError() {
        return byError;
    }

    public long succeeded() {
        return succeeded;
    }

    public List<HealthChange> health() {
        return health;
    }

    /** When the last answer arrived. */
    public long lastEndUs() {
        return lastEndUs;
    }

    /**
     * Latency percentile (0..100) in microseconds, or 0 without requests: exact up to
     * {@link Latencies#EXACT_UP_TO} requests, within 0.1 % beyond.
     */
    public long latencyPercentile(double p) {
        return latencies.percentile(p);
    }
}
