package io.infraviz.scenario.lesson;

import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;

import java.util.HashMap;
import java.util.Map;

/**
 * What happened since a step began: the requests sent since then (by kind and outcome: the ones
 * already under way when an action struck are not its effect), alerts, security counters.
 */
public final class StepObserver implements SimulationListener {
    private final SimulationView sim;
    long readsOk;
    long readsFailed;
    long readsStale;
    long writesOk;
    long writesFailed;
    long alerts;
    /** The database side: read-backs, MySQL errors, stray writes. */
    final DbStepCounts db = new DbStepCounts();
    /** Requests by the server the load balancer chose (its last choice, after retries). */
    private final Map<String, Long> byServer = new HashMap<>();
    private Simulation.SecurityCounts securityAtStart;
    private long lostAtStart;
    private long sinceUs;

    public StepObserver(SimulationView sim) {
        this.sim = sim;
        reset();
    }

    /** Starts counting afresh (a new step begins). */
    public void reset() {
        readsOk = readsFailed = readsStale = writesOk = writesFailed = alerts = 0;
        byServer.clear();
        sinceUs = sim.now();
        securityAtStart = sim.securityCounts();
        lostAtStart = sim.databases().lostWrites();
        db.reset(sim);
    }

    @Override
    public void onEvent(SimEvent e) {
        db.onEvent(e, sinceUs);
        if (e instanceof SimEvent.RequestCompleted rc && rc.result().startUs() >= sinceUs) {
            RequestResult r = rc.result();
            if (!r.backend().isEmpty()) {
                byServer.merge(r.backend(), 1L, Long::sum);
            }
            boolean ok = r.outcome().succeeded();
            if (r.kind() == RequestKind.READ) {
                if (ok) {
                    readsOk++;
                } else {
                    readsFailed++;
                }
                if (r.outcome() == Outcome.STALE) {
                    readsStale++;
                }
            } else if (ok) {
                writesOk++;
            } else {
                writesFailed++;
            }
        } else if (e instanceof SimEvent.Alert) {
            alerts++;
        }
    }

    SimulationView sim() {
        return sim;
    }

    /** Requests sent since the step began that the load balancer gave to {@code server}. */
    long sentTo(String server) {
        return byServer.getOrDefault(server, 0L);
    }

    long lostWrites() {
        return sim.databases().lostWrites() - lostAtStart;
    }

    long attacksIn() {
        return sim.securityCounts().attacksSucceeded() - securityAtStart.attacksSucceeded();
    }

    long attacksBlocked() {
        return sim.securityCounts().attacksBlocked() - securityAtStart.attacksBlocked();
    }

    long plaintext() {
        return sim.securityCounts().plaintextSeen() - securityAtStart.plaintextSeen();
    }

    long ciphertext() {
        return sim.securityCounts().ciphertextSeen() - securityAtStart.ciphertextSeen();
    }
}
