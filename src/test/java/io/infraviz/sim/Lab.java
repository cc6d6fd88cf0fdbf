package io.infraviz.sim;

import io.infraviz.analysis.RunSummary;
import io.infraviz.model.LbSettings;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A test bench: builds a simulation of the distributed stage with the realistic preset (no
 * jitter, so times are exact), runs it to completion, records every event and checks the
 * invariants that must hold after any run.
 */
final class Lab {
    static final long MS = 1000;

    final Simulation sim;
    final List<SimEvent> events = new ArrayList<>();
    final RunSummary summary = new RunSummary();
    final Invariants invariants;
    private List<RequestResult> results;

    private Lab(Topology topology, SimulationSettings settings, long seed) {
        this.sim = new Simulation(topology, settings, seed);
        this.invariants = new Invariants(sim);
        sim.addListener(events::add);
        sim.addListener(summary);
        sim.addListener(invariants);
    }

    /** Realistic timings without jitter; checks every 500 ms, fall 3, rise 2; a request every 100 ms. */
    static SimulationSettings realistic() {
        SimulationSettings s = Preset.REALISTIC.settings();
        return s.withTimings(s.timings().withJitterPercent(0))
                .withLb(s.lb().withChecks(500, 3, 2))
                .withTraffic(s.traffic().withInterval(100 * MS));
    }

    static Lab of(SimulationSettings settings) {
        return new Lab(Stages.DISTRIBUTED.topology(), settings, 7);
    }

    static Lab of(UnaryOperator<SimulationSettings> change) {
        return of(change.apply(realistic()));
    }

    static UnaryOperator<SimulationSettings> lb(UnaryOperator<LbSettings> change) {
        return s -> s.withLb(change.apply(s.lb()));
    }

    /** Adds a fault, {@code T_MS:ACTION:ID} or {@code @INDEX:ACTION:ID}. */
    Lab event(String spec) {
        sim.schedule(ScheduledFault.parse(spec));
        return this;
    }

    /** Sends {@code n} requests, runs until all are answered, checks the invariants. */
    Lab run(long n) {
        sim.startTraffic(n);
        sim.runToCompletion();
        results = events.stream().filter(e -> e instanceof SimEvent.RequestCompleted)
                .map(e -> ((SimEvent.RequestCompleted) e).result())
                .sorted(java.util.Comparator.comparingLong(RequestResult::index)).toList();
        invariants.checkAfterRun(n, summary);
        return this;
    }

    List<RequestResult> results() {
        return results;
    }

    RequestResult result(long index) {
        return results.get((int) index);
    }

    List<SimEvent.HealthChanged> healthChanges() {
        return events.stream().filter(e -> e instanceof SimEvent.HealthChanged).map(e -> (SimEvent.HealthChanged) e).toList();
    }

    List<SimEvent.CheckCompleted> checks(String server) {
        return events.stream().filter(e -> e instanceof SimEvent.CheckCompleted c && c.server().equals(server))
                .map(e -> (SimEvent.CheckCompleted) e).toList();
    }

    /** Time the server was marked {@code state} for the n-th time (from 1), or fails. */
    long marked(String server, String state, int nth) {
        return healthChanges().stream().filter(h -> h.server().equals(server) && h.state().name().equals(state))
                .skip(nth - 1).findFirst().orElseThrow(() -> new AssertionError(server + " never marked " + state
                        + " (#" + nth + "); changes: " + healthChanges())).timeUs();
    }

    /** When the fault with this text was applied. */
    long appliedAt(String actionAndTarget) {
        return events.stream().filter(e -> e instanceof SimEvent.FaultApplied f && f.fault().toString().equals(actionAndTarget))
                .findFirst().orElseThrow(() -> new AssertionError("fault " + actionAndTarget + " not applied")).timeUs();
    }

    /** The request's arrival at the load balancer (when it was routed). */
    static long arrivalAtLb(RequestResult r, long internetHop) {
        return r.startUs() + internetHop;
    }
}
