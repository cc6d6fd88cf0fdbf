package io.infraviz.analysis;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Outcome;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rolling metrics for live charts: per second of simulated time, requests per backend, outcomes,
 * latency percentiles, stale reads and replication lag, for the last {@link #SECONDS} seconds.
 * Fixed-size ring buffers, so an hour of traffic uses no more memory than a minute. One instance
 * belongs to one run: the driver makes a new one whenever the run is rebuilt, so nothing here can
 * outlive the run it was measured in.
 */
public final class LiveMetrics implements SimulationListener {
    /** How many seconds of history are kept. */
    public static final int SECONDS = 120;
    private static final int LATENCY_SAMPLES = 512;
    /** How often, in simulated time, lag is sampled while events go by (see {@link #sampleLagFrom}). */
    private static final long LAG_SAMPLE_US = SimTime.ms(100);

    private final Map<String, long[]> byBackend = new LinkedHashMap<>();
    private final long[][] byOutcome = new long[Outcome.values().length][SECONDS];
    private final long[][] latencies = new long[SECONDS][LATENCY_SAMPLES];
    private final int[] latencyCount = new int[SECONDS];
    private final long[] ownWriteStale = new long[SECONDS];
    /** Worst replication lag seen during each second, in seconds; NaN when nobody looked. */
    private final double[] lag = new double[SECONDS];
    private final long[] secondOf = new long[SECONDS];
    private long totalRequests;
    private long totalSucceeded;
    private long totalStale;
    private Simulation lagSource;
    private long nextLagSampleUs;

    public LiveMetrics(Iterable<String> backends) {
        for (String b : backends) {
            byBackend.put(b, new long[SECONDS]);
        }
        Arrays.fill(secondOf, -1);
        Arrays.fill(lag, Double.NaN);
    }

    /**
     * Samples the replication lag of {@code sim} as its events go by (every 100 ms of simulated
     * time at most), so a replayed run (a seek, a step back) has its lag history too, not only
     * the seconds someone watched live. Call it before the simulation runs.
     */
    public void sampleLagFrom(Simulation sim) {
        this.lagSource = sim;
    }

    @Override
    public void onEvent(SimEvent event) {
        if (event instanceof SimEvent.RequestCompleted rc) {
            add(rc.result());
        }
        if (lagSource != null && lagSource.now() >= nextLagSampleUs) {
            long now = lagSource.now();
            nextLagSampleUs = now + LAG_SAMPLE_US;
            recordLag(SimTime.wholeSeconds(now), worstLagSeconds(lagSource));
        }
    }

    /** The replication lag of the Replica furthest behind, in seconds (0 without Replicas). */
    public static double worstLagSeconds(SimulationView sim) {
        double worst = 0;
        for (DatabaseNode n : sim.databases().nodes()) {
            if (n.role() == DbRole.REPLICA) {
                worst = Math.max(worst, SimTime.toSeconds(sim.databases().lagMicros(n, sim.now())));
            }
        }
        return worst;
    }

    private void add(RequestResult r) {
        long second = SimTime.wholeSeconds(r.endUs());
        int slot = slot(second);
        long[] perBackend = byBackend.get(r.backend());
        if (perBackend != null) {
            perBackend[slot]++;
        }
        byOutcome[r.outcome().ordinal()][slot]++;
        if (latencyCount[slot] < LATENCY_SAMPLES) {
            latencies[slot][latencyCount[slot]++] = r.latencyUs();
        }
        totalRequests++;
        if (r.outcome().succeeded()) {
            totalSucceeded++;
        }
        if (r.outcome() == Outcome.STALE) {
            totalStale++;
            if (r.kind() == io.infraviz.model.RequestKind.WRITE) {
                ownWriteStale[slot]++;
            }
        }
    }

    /** The ring slot for a second, clearing it if it held an older second. */
    private int slot(long second) {
        int slot = (int) (second % SECONDS);
        if (secondOf[slot] != second) {
            secondOf[slot] = second;
            byBackend.values().forEach(a -> a[slot] = 0);
            for (long[] o : byOutcome) {
                o[slot] = 0;
            }
            latencyCount[slot] = 0;
            ownWriteStale[slot] = 0;
            lag[slot] = Double.NaN;
        }
        return slot;
    }

    private boolean holds(long second) {
        return second >= 0 && secondOf[(int) (second % SECONDS)] == second;
    }

    /** Requests a backend answered during a second (0 when not recorded). */
    public long backendCount(String backend, long second) {
        long[] a = byBackend.get(backend);
        return a == null || !holds(second) ? 0 : a[(int) (second % SECONDS)];
    }

    public Iterable<String> backends() {
        return byBackend.keySet();
    }

    /** Requests with an outcome during a second. */
    public long outcomeCount(Outcome o, long second) {
        return holds(second) ? byOutcome[o.ordinal()][(int) (second % SECONDS)] : 0;
    }

    /** Writes during a second whose page read back the data without the write (a part of the STALE outcomes). */
    public long ownWriteStaleCount(long second) {
        return holds(second) ? ownWriteStale[(int) (second % SECONDS)] : 0;
    }

    /** A latency percentile (0..100) of the requests that ended during a second, in µs; -1 if none. */
    public long latencyPercentile(long second, double p) {
        if (!holds(second)) {
            return -1;
        }
        int slot = (int) (second % SECONDS);
        int n = latencyCount[slot];
        if (n == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(latencies[slot], n);
        Arrays.sort(sorted);
        return sorted[Math.min(n - 1, Math.max(0, (int) Math.ceil(p / 100 * n) - 1))];
    }

    /** Share of requests that succeeded over the seconds [from, to], or -1 without requests. */
    public double successRate(long fromSecond, long toSecond) {
        long ok = 0;
        long all = 0;
        for (long s = Math.max(0, fromSecond); s <= toSecond; s++) {
            for (Outcome o : Outcome.values()) {
                long n = outcomeCount(o, s);
                all += n;
                if (o.succeeded()) {
                    ok += n;
                }
            }
        }
        return all == 0 ? -1 : (double) ok / all;
    }

    /**
     * Records the replication lag (seconds) seen at some moment of a second. Lag is state, not an
     * event, so whoever watches the simulation samples it; the worst sample of a second is kept.
     */
    public void recordLag(long second, double lagSeconds) {
        if (second < 0) {
            return;
        }
        int slot = slot(second);
        lag[slot] = Double.isNaN(lag[slot]) ? lagSeconds : Math.max(lag[slot], lagSeconds);
    }

    /** The worst replication lag sampled during a second, in seconds, or NaN if none was sampled. */
    public double lagSeconds(long second) {
        return holds(second) ? lag[(int) (second % SECONDS)] : Double.NaN;
    }

    public long totalRequests() {
        return totalRequests;
    }

    public long totalSucceeded() {
        return totalSucceeded;
    }

    public long totalStale() {
        return totalStale;
    }
}
