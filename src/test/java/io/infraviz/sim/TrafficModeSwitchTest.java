package io.infraviz.sim;

import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Found by {@link FaultSequencePropertyTest}: switching from one user to many mid-request stalled the traffic. */
class TrafficModeSwitchTest {

    @Test
    void aSwitchToManyUsersWhileTheOneUserWaitsKeepsTheTrafficGoing() {
        var settings = Lab.realistic();
        settings = settings.withTraffic(settings.traffic().withSequential(true));
        Simulation sim = new Simulation(Stages.ONE_SERVER.topology(), settings, 7);
        sim.scheduleSettings(Lab.MS, settings.withTraffic(settings.traffic().withSequential(false)));
        sim.startTraffic(5);
        sim.runToCompletion();
        assertThat(sim.trafficDone()).as("all 5 requests sent and answered").isTrue();
        assertThat(sim.requestsSent()).isEqualTo(5);
    }
}
