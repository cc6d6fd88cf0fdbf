package io.infraviz.ui;

import io.infraviz.diagram.DiagramState;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.world.ComponentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Time travel: going back recomputes the past exactly; resuming from it forgets the old future. */
class SimulationDriverTest {
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final SimulationDriver driver = new SimulationDriver(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);
    private long clock = 0;

    /** Plays {@code seconds} of simulated time at 1x in 50 ms ticks. */
    private void play(double seconds) {
        driver.play();
        driver.tick(clock);
        for (int i = 0; i < seconds * 20; i++) {
            clock += SECOND_NANOS / 20;
            driver.tick(clock);
        }
    }

    @Test
    void aRunWithLiveActionsIsReproducedExactlyByReplayingItsMoment() {
        play(5);
        driver.apply(new Fault(FaultAction.KILL, "web-02.nginx"));
        play(8);
        driver.apply(new Fault(FaultAction.CUT, "web-01.mysql->web-02.mysql"));
        driver.changeSettings(driver.simulation().settings().withLb(driver.simulation().settings().lb().withChecks(1000, 2, 2)));
        play(6);
        io.infraviz.sim.SimulationView live = driver.simulation();
        Simulation replayed = driver.moment().replay();
        assertThat(replayed.now()).isEqualTo(live.now());
        assertThat(replayed.eventsRun()).isEqualTo(live.eventsRun());
        assertThat(DiagramState.of(replayed)).isEqualTo(DiagramState.of(live));
        assertThat(replayed.requestsSent()).isEqualTo(live.requestsSent());
        assertThat(replayed.inFlightCount()).isEqualTo(live.inFlightCount());
    }

    @Test
    void seekingBackShowsThePastAndPlayingFromThereForgetsTheOldFuture() {
        play(4);
        long beforeKill = driver.simulation().now();
        driver.apply(new Fault(FaultAction.KILL, "web-02"));
        play(6);
        long head = driver.headUs();
        assertThat(driver.simulation().hostDown("web-02")).isTrue();

        driver.seek(beforeKill - 1_000_000);
        assertThat(driver.simulation().now()).isEqualTo(beforeKill - 1_000_000);
        assertThat(driver.simulation().hostDown("web-02")).as("the past, before the kill").isFalse();
        assertThat(driver.inThePast()).isTrue();
        assertThat(driver.headUs()).isEqualTo(head);

        play(0.5);
        assertThat(driver.inThePast()).isFalse();
        assertThat(driver.moment().actions()).as("the kill was in the forgotten future").isEmpty();
        play(8);
        assertThat(driver.simulation().hostDown("web-02")).isFalse();
    }

    @Test
    void stepBackUndoesExactlyOneEvent() {
        play(3);
        driver.pause();
        driver.step();
        driver.step();
        long events = driver.simulation().eventsRun();
        DiagramState two = DiagramState.of(driver.simulation());
        int inFlight = driver.simulation().inFlightCount();
        driver.step();
        driver.stepBack();
        assertThat(driver.simulation().eventsRun()).isEqualTo(events);
        assertThat(DiagramState.of(driver.simulation())).isEqualTo(two);
        assertThat(driver.simulation().inFlightCount()).isEqualTo(inFlight);
    }

    @Test
    void theTimelineReachesFiveMinutesBack() {
        play(330);
        assertThat(driver.headUs() - driver.historyStartUs()).isEqualTo(SimulationDriver.HISTORY_US);
        driver.seek(0);
        assertThat(driver.simulation().now()).isEqualTo(driver.historyStartUs());
    }

    @Test
    void aRestoredMomentIsTheSameRunPaused() {
        play(3);
        driver.apply(new Fault(FaultAction.KILL, "web-01.mysql"));
        play(4);
        Moment m = driver.moment();
        SimulationDriver other = new SimulationDriver(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);
        other.restore(m);
        assertThat(other.playing()).isFalse();
        assertThat(other.simulation().now()).isEqualTo(m.timeUs());
        assertThat(other.simulation().status("web-01.mysql")).isEqualTo(ComponentStatus.KILLED);
        assertThat(DiagramState.of(other.simulation())).isEqualTo(DiagramState.of(driver.simulation()));
    }

    /** A lesson's timed change edits the settings as they are when it applies: a change by hand meanwhile stays. */
    @Test
    void aTimedSettingsChangeKeepsWhatWasChangedMeanwhileAndIsReplayedExactly() {
        play(1);
        long at = driver.simulation().now() + 2_000_000;
        driver.updateSettingsAt(at, s -> s.withLb(s.lb().withCheck(io.infraviz.model.CheckType.TCP)));
        driver.updateSettings(s -> s.withTraffic(s.traffic().withRate(5)));
        play(1);
        assertThat(driver.settings().lb().check()).as("not yet").isEqualTo(io.infraviz.model.CheckType.HTTP);
        play(2);
        assertThat(driver.settings().lb().check()).isEqualTo(io.infraviz.model.CheckType.TCP);
        assertThat(driver.settings().traffic().requestsPerSecond()).as("the change by hand stays").isEqualTo(5.0);
        assertThat(driver.moment().actions()).anyMatch(a -> a.atUs() == at && a.newSettings() != null);
        Simulation replayed = driver.moment().replay();
        assertThat(replayed.settings()).isEqualTo(driver.settings());
        assertThat(replayed.eventsRun()).isEqualTo(driver.simulation().eventsRun());
    }

    /** Going back before a timed change that has not happened yet forgets it (a lesson's Back runs the step again). */
    @Test
    void rewindingBeforeATimedChangeForgetsIt() {
        play(1);
        long stepStart = driver.simulation().now();
        driver.updateSettingsAt(stepStart + 1_000_000, s -> s.withLb(s.lb().withCheck(io.infraviz.model.CheckType.TCP)));
        driver.rewindTo(stepStart);
        play(3);
        assertThat(driver.settings().lb().check()).isEqualTo(io.infraviz.model.CheckType.HTTP);
    }
}
