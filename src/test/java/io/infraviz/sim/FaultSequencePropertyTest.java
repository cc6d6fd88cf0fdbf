package io.infraviz.sim;

import io.infraviz.analysis.RunSummary;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random but valid fault sequences and setting changes on every stage: the invariants hold after
 * every step of the engine and at the end, and the same plan gives the same events, byte for byte.
 * Plans come from a fixed seed, so a failure names its plan and replays. The normal run tries 400
 * plans; the "fuzz" tag many more:
 * {@code mvn -B test -Dgroups=fuzz -DexcludedLongTestGroups=soak -Dtest=FaultSequencePropertyTest}.
 */
class FaultSequencePropertyTest {
    /** Far more than any plan needs: past it the run would not end. */
    private static final long MAX_EVENTS = 20_000_000;

    @Test
    void faultsAndSettingChangesKeepTheInvariants() {
        tryPlans(new SplittableRandom(11), 400, 14, 5, 300);
    }

    @Test
    @Tag("fuzz")
    void manyMoreTries() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("FaultSequencePropertyTest seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        tryPlans(new SplittableRandom(seed), 3000, 30, 10, 1000);
    }

    /** Found by the random plans: a switch from one user to many while the user waited stalled the traffic. */
    @Test
    void oneUserThenManyWhileWaiting() {
        check(FaultPlan.of(Stages.ONE_SERVER, -2L, 2, 3, 4));
    }

    /** Found by the random plans: a write served by the Primary, which was re-seeded as a Replica before the answer arrived. */
    @Test
    void aPrimaryReseededAfterServingAWrite() {
        check(FaultPlan.of(Stages.DISTRIBUTED, -5L, 12, 0, 265));
    }

    private static void tryPlans(SplittableRandom random, int tries, int maxFaults, int maxChanges, int maxRequests) {
        Stages[] stages = Stages.values();
        for (int i = 0; i < tries; i++) {
            check(FaultPlan.of(stages[random.nextInt(stages.length)], random.nextLong(),
                    random.nextInt(maxFaults + 1), random.nextInt(maxChanges + 1), 1 + random.nextInt(maxRequests)));
        }
    }

    private static void check(FaultPlan plan) {
        String first = run(plan);
        assertThat(run(plan)).as("the same plan twice: %s", plan).isEqualTo(first);
    }

    /** Runs the plan checking the invariants after every step; returns every event as text. */
    private static String run(FaultPlan plan) {
        Simulation sim = plan.build();
        Invariants invariants = new Invariants(sim);
        RunSummary summary = new RunSummary();
        StringBuilder events = new StringBuilder();
        sim.addListener(invariants);
        sim.addListener(summary);
        sim.addListener(e -> events.append(e).append('\n'));
        sim.startTraffic(plan.requests());
        long last = plan.lastTimedUs();
        try {
            while (!sim.trafficDone() || sim.nextEventTime() <= last) {
                assertThat(sim.step()).as("the engine ran out of events before the traffic was done").isTrue();
                invariants.afterStep();
                assertThat(sim.eventsRun()).as("events run (a run that never ends?)").isLessThan(MAX_EVENTS);
            }
            invariants.checkAfterRun(plan.requests(), summary);
        } catch (AssertionError e) {
            throw new AssertionError(plan + ": " + e.getMessage(), e);
        }
        return events.toString();
    }
}
