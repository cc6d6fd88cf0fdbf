package io.infraviz.sim;

import io.infraviz.analysis.RunSummary;
import io.infraviz.scenario.Stages;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random but valid fault sequences and setting changes on every stage: the invariants hold after
 * every step of the engine and at the end, and the same plan gives the same events, byte for byte.
 * The normal run takes a few seconds; the "fuzz" tag runs many more tries:
 * {@code mvn -B -o test -Dgroups=fuzz -DexcludedLongTestGroups=soak -Dtest=FaultSequencePropertyTest}.
 */
class FaultSequencePropertyTest {
    /** Far more than any plan needs: past it the run would not end. */
    private static final long MAX_EVENTS = 20_000_000;

    @Property(tries = 400, seed = "11", edgeCases = EdgeCasesMode.MIXIN)
    void faultsAndSettingChangesKeepTheInvariants(@ForAll Stages stage, @ForAll long seed,
                                                  @ForAll @IntRange(max = 14) int faults,
                                                  @ForAll @IntRange(max = 5) int changes,
                                                  @ForAll @LongRange(min = 1, max = 300) long requests) {
        check(FaultPlan.of(stage, seed, faults, changes, requests));
    }

    @Property(tries = 3000, edgeCases = EdgeCasesMode.MIXIN)
    @Tag("fuzz")
    void manyMoreTries(@ForAll Stages stage, @ForAll long seed, @ForAll @IntRange(max = 30) int faults,
                       @ForAll @IntRange(max = 10) int changes, @ForAll @LongRange(min = 1, max = 1000) long requests) {
        check(FaultPlan.of(stage, seed, faults, changes, requests));
    }

    /** Found by the property: a switch from one user to many while the user waited stalled the traffic. */
    @Example
    void oneUserThenManyWhileWaiting() {
        check(FaultPlan.of(Stages.ONE_SERVER, -2L, 2, 3, 4));
    }

    /** Found by the property: a write served by the Primary, which was re-seeded as a Replica before the answer arrived. */
    @Example
    void aPrimaryReseededAfterServingAWrite() {
        check(FaultPlan.of(Stages.DISTRIBUTED, -5L, 12, 0, 265));
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
