package io.infraviz.diagram;

import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.ScheduledFault;

/** Simulations in a known state for the diagram's and the panels' tests, run without a window. */
public final class Runs {
    private Runs() {
    }

    /** Realistic timings without jitter, a request every 100 ms. */
    public static SimulationSettings realistic() {
        SimulationSettings s = Preset.REALISTIC.settings();
        return s.withTimings(s.timings().withJitterPercent(0)).withTraffic(s.traffic().withInterval(100_000));
    }

    /** Runs {@code requests} requests with faults ({@code T_MS:ACTION:ID}) and returns the simulation. */
    public static Simulation run(Topology topology, SimulationSettings settings, long requests, String... faults) {
        Simulation sim = new Simulation(topology, settings.forTopology(topology), 7);
        for (String f : faults) {
            sim.schedule(ScheduledFault.parse(f));
        }
        sim.startTraffic(requests);
        sim.runToCompletion();
        return sim;
    }

    /** The Primary dies while replication is cut, the Replica is promoted, the old Primary comes back: a split brain. */
    public static Simulation splitBrain(String... more) {
        String[] faults = {"2000:cut:web-01.mysql->web-02.mysql", "5000:kill:web-01.mysql",
                "6000:promote:web-02.mysql", "8000:revive:web-01.mysql"};
        String[] all = java.util.Arrays.copyOf(faults, faults.length + more.length);
        System.arraycopy(more, 0, all, faults.length, more.length);
        return run(Stages.DISTRIBUTED.topology(), realistic(), 100, all);
    }
}
