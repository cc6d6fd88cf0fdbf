package io.infraviz.bench;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.CapacitySettings;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;

/**
 * Memory without a display: the live heap with the simulation (classroom preset, the request rate
 * that keeps {@code n} in flight, as in {@link FramesBench}) and its diagram, no window. With a
 * display the benchmark measures the real window instead ({@link FramesBench}).
 */
final class MemoryBench {
    record Result(double heapMb, double inFlight) {
    }

    /** The live heap after the first simulated minute and after the last one, at the highest request rate. */
    record Hour(double minuteMb, double hourMb, long minutes, long requests, int inFlightMinute, int inFlightHour,
                long relayMinute, long relayHour) {
        double growth() {
            return hourMb / minuteMb - 1;
        }
    }

    private MemoryBench() {
    }

    /**
     * A long run at the highest request rate the settings allow, with the charts' metrics
     * listening as in the window, no drawing: does anything grow with time? ({@code minutes} of
     * simulated time; the live heap after the first and after the last.) Realistic timings (the
     * classroom's slowed-down replication would make it a test of the Replica's backlog alone), and
     * the application servers get enough workers that nothing queues, as in {@link FramesBench}: an
     * overloaded run is still filling its queues after a minute.
     */
    static Hour longRun(long minutes) {
        Topology topology = Stages.DISTRIBUTED.topology();
        SimulationSettings settings = Preset.REALISTIC.settings().forTopology(topology)
                .withCapacity(new CapacitySettings(1_000_000, 0));
        settings = settings.withTraffic(settings.traffic().withInterval(Math.round(1000 * io.infraviz.model.Limits.MIN_INTERVAL_MS)));
        Simulation sim = new Simulation(topology, settings, 1);
        java.util.List<String> names = new java.util.ArrayList<>();
        sim.backendServers().forEach(b -> names.add(b.name()));
        io.infraviz.analysis.LiveMetrics metrics = new io.infraviz.analysis.LiveMetrics(names);
        metrics.sampleLagFrom(sim);
        sim.addListener(metrics);
        sim.startTraffic(-1);
        sim.runUntil(io.infraviz.engine.SimTime.seconds(60));
        double minute = Heap.liveMb();
        int inFlightMinute = sim.inFlightCount();
        long relayMinute = relay(sim);
        sim.runUntil(io.infraviz.engine.SimTime.seconds(60 * minutes));
        double hour = Heap.liveMb();
        return new Hour(minute, hour, minutes, metrics.totalRequests(), inFlightMinute, sim.inFlightCount(), relayMinute,
                relay(sim));
    }

    /** Writes the Replicas received and have not applied yet: a backlog that grows while they cannot keep up. */
    private static long relay(Simulation sim) {
        return sim.databases().nodes().stream().mapToLong(io.infraviz.sim.db.DatabaseNode::relaySize).sum();
    }

    static Result headless(int n) {
        Topology topology = Stages.DISTRIBUTED.topology();
        SimulationSettings settings = Preset.CLASSROOM.settings().forTopology(topology)
                .withCapacity(new CapacitySettings(1_000_000, 0));
        settings = settings.withTraffic(settings.traffic().withInterval(FramesBench.intervalFor(4_200_000, n)));
        Simulation sim = new Simulation(topology, settings, 1);
        sim.startTraffic(-1);
        sim.runUntil(30_000_000L);
        Diagram diagram = new Diagram(topology, DiagramTheme.LIGHT);
        diagram.show(DiagramState.of(sim));
        double mb = Heap.liveMb();
        // Keeps both alive until after the measurement.
        return new Result(mb, sim.inFlightCount() + (diagram.graph() == null ? 1 : 0));
    }
}
