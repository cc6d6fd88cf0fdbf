package io.infraviz.sim;

import io.infraviz.analysis.LiveMetrics;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.model.settings.Settings;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.lb.BackendServer;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An hour of simulated time at the highest request rate the window offers on the secured stage
 * (firewalls, HTTPS, monitoring, the attacker), headless, with what the
 * window keeps listening (the live metrics, a per-frame event buffer emptied as a frame would): the
 * heap after GC at the end is within 10 % of the heap after the first minute, and the travellers in
 * flight stay bounded (the figures of one run are in the README's Performance section). Takes minutes, so only when asked:
 * {@code mvn -B -o test -Dgroups=soak -DexcludedLongTestGroups=fuzz -Dtest=SoakTest}.
 */
@Tag("soak")
class SoakTest {
    private static final long SECOND = 1_000_000;
    private static final long MINUTE = 60 * SECOND;

    @Test
    void anHourAtTheHighestRateKeepsMemoryFlat() {
        Topology t = Stages.SECURED.topology();
        double highestRate = Settings.RATE.dial().orElseThrow().max();
        SimulationSettings s = Settings.RATE.write(Preset.REALISTIC.settings().forTopology(t), highestRate);
        // Enough application workers that nothing queues: every request goes the whole way and every
        // write reaches the Replica (a saturated run would measure its bounded queues, not the rest).
        s = s.withCapacity(s.capacity().withAppWorkers(200));
        Simulation sim = new Simulation(t, s, 11);
        List<String> names = new ArrayList<>();
        sim.backendServers().stream().map(BackendServer::name).forEach(names::add);
        LiveMetrics metrics = new LiveMetrics(names);
        metrics.sampleLagFrom(sim);
        sim.addListener(metrics);
        List<SimEvent> frame = new ArrayList<>();
        sim.addListener(frame::add);
        sim.startTraffic(-1);

        long start = System.nanoTime();
        long heapAfterFirstMinute = 0;
        int maxInFlight = 0;
        for (long minute = 1; minute <= 60; minute++) {
            // A frame's worth at a time, emptied as the window's views take them.
            for (long at = sim.now(); at < minute * MINUTE; at += SECOND / 60) {
                sim.runUntil(Math.min(at + SECOND / 60, minute * MINUTE));
                frame.clear();
                maxInFlight = Math.max(maxInFlight, sim.inFlightCount());
            }
            if (minute == 1) {
                heapAfterFirstMinute = heapAfterGc();
            }
            if (minute % 5 == 0 || minute == 1) {
                System.out.printf("soak: %d min simulated, %d requests, %d events, heap after GC %.1f MB,"
                                + " in flight %d (max %d), %d writes committed, %.0f s real%n",
                        minute, sim.requestsSent(), sim.eventsRun(), heapAfterGc() / 1e6, sim.inFlightCount(),
                        maxInFlight, sim.databases().writer().committed(), (System.nanoTime() - start) / 1e9);
            }
        }
        long heapAtEnd = heapAfterGc();
        // Measured with the run still held, as the window holds it (else the JIT lets the GC take it all).
        Reference.reachabilityFence(sim);
        Reference.reachabilityFence(metrics);
        System.out.printf("soak: heap after GC after the first minute %.1f MB, at the end %.1f MB (%+.1f %%)%n",
                heapAfterFirstMinute / 1e6, heapAtEnd / 1e6, 100.0 * (heapAtEnd - heapAfterFirstMinute) / heapAfterFirstMinute);
        assertThat((double) heapAtEnd).as("heap after GC at the end vs after the first minute")
                .isLessThanOrEqualTo(heapAfterFirstMinute * 1.10);
        assertThat(maxInFlight).as("travellers in flight at the highest rate").isLessThan(50_000);
    }

    /** Used heap after a full collection (asked twice: one request may not finish it). */
    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
