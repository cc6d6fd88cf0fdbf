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

    private MemoryBench() {
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
