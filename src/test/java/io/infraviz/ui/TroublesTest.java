package io.infraviz.ui;

import io.infraviz.diagram.Runs;
import io.infraviz.model.CapacitySettings;
import io.infraviz.model.CheckType;
import io.infraviz.model.SimulationSettings;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's line of what is wrong. */
class TroublesTest {

    @Test
    void overloadThatTakesBothServersOutIsNotEverythingIsRunning() {
        // HTTP checks wait in the same queue as the requests, time out, and the load balancer
        // marks both (running) servers DOWN.
        SimulationSettings base = Runs.realistic();
        SimulationSettings s = base.withLb(base.lb().withCheck(CheckType.HTTP).withTimeouts(5000, 2000))
                .withCapacity(new CapacitySettings(8, 100_000)).withTraffic(base.traffic().withInterval(200));
        Simulation sim = new Simulation(Stages.DISTRIBUTED.topology(), s, 7);
        sim.startTraffic(Long.MAX_VALUE);
        sim.runUntil(20_000_000);
        assertThat(sim.whatIsDown()).as("every part is alive").isEmpty();
        assertThat(sim.backendServers()).noneMatch(b -> b.up());

        assertThat(Troubles.of(sim, 0.2)).isEqualTo("lb-01 sees no healthy server: web-01 and web-02 DOWN");
    }

    @Test
    void aServerTheBalancerTookOutIsNamedWithWhatIsDown() {
        Simulation sim = Runs.run(Stages.DISTRIBUTED.topology(), Runs.realistic(), 100, "1000:kill:web-02.nginx");
        assertThat(Troubles.of(sim, 0.9)).isEqualTo("Down: web-02.nginx  ·  lb-01 marks web-02 DOWN");
    }

    @Test
    void failingRequestsWithNothingDownAreSaid() {
        Simulation sim = Runs.run(Stages.DISTRIBUTED.topology(), Runs.realistic(), 10);
        assertThat(Troubles.of(sim, 1.0)).isEqualTo(Troubles.ALL_WELL);
        assertThat(Troubles.of(sim, -1)).isEqualTo(Troubles.ALL_WELL);
        assertThat(Troubles.of(sim, 0.5)).isEqualTo("Every part is running, but 50 % of requests fail");
    }
}
