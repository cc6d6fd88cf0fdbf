package io.infraviz.analysis;

import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.ScheduledFault;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Replication lag belongs to the run's metrics: unknown until sampled, and sampled in replays too. */
class LiveMetricsTest {
    private static final long S = 1_000_000;

    @Test
    void lagIsUnknownUntilSampledAndKeepsTheWorstSampleOfASecond() {
        LiveMetrics m = new LiveMetrics(List.of("web-01", "web-02"));
        assertThat(m.lagSeconds(0)).isNaN();
        m.recordLag(3, 0.4);
        m.recordLag(3, 1.5);
        m.recordLag(3, 0.2);
        assertThat(m.lagSeconds(3)).isEqualTo(1.5);
        assertThat(m.lagSeconds(2)).isNaN();
        assertThat(m.lagSeconds(3 + LiveMetrics.SECONDS)).as("another second in the same ring slot").isNaN();
    }

    @Test
    void aRunThatNobodyWatchedLiveStillHasItsLagHistory() {
        Simulation sim = new Simulation(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);
        LiveMetrics m = new LiveMetrics(List.of("web-01", "web-02"));
        m.sampleLagFrom(sim);
        sim.addListener(m);
        sim.schedule(ScheduledFault.at(6 * S, new Fault(FaultAction.CUT, "web-01.mysql->web-02.mysql")));
        sim.startTraffic(-1);
        sim.runUntil(20 * S);

        assertThat(m.lagSeconds(2)).as("in sync before the cut").isZero();
        assertThat(m.lagSeconds(18)).as("the Replica is cut off from its Primary").isGreaterThan(10);
    }
}
