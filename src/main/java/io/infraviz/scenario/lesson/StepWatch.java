package io.infraviz.scenario.lesson;

import io.infraviz.engine.SimTime;
import io.infraviz.sim.SimulationView;

import java.util.ArrayList;
import java.util.List;

/**
 * A step's effects, watched from "Do it": its wait (a time, or a condition with a timeout), then
 * its expectations checked against what happened since it began.
 */
final class StepWatch {
    private final LessonRun run;
    private StepObserver observer;
    private SimulationView observed;
    private Lesson.PlannedStep planned;
    private int index;
    private long endUs;

    StepWatch(LessonRun run) {
        this.run = run;
    }

    /** Counts from now, for step {@code index} that began at {@code startUs}. */
    void begin(int index, Lesson.PlannedStep planned, long startUs) {
        this.index = index;
        this.planned = planned;
        this.endUs = startUs + SimTime.fromSeconds(planned.waitSeconds());
        attach();
        observer.reset();
    }

    /** When the wait runs out, in simulated µs. */
    long endUs() {
        return endUs;
    }

    /** The step's outcome once its condition holds or its time is up; null while it goes on. */
    ScenarioRunner.StepResult check() {
        attach();
        Condition until = planned.until();
        boolean met = until != null && until.holds(observer);
        if (!met && run.simulation().now() < endUs) {
            return null;
        }
        List<ScenarioRunner.Check> checks = new ArrayList<>();
        for (Condition c : planned.expect()) {
            checks.add(new ScenarioRunner.Check(c.text(), c.holds(observer)));
        }
        return new ScenarioRunner.StepResult(index, planned.step().narration(), until == null || met,
                run.simulation().now(), checks);
    }

    /** What is being watched, e.g. "Watching... (3 s)". */
    String watching() {
        long left = SimTime.wholeSeconds(endUs - run.simulation().now());
        return planned.until() != null ? "Watching until " + planned.until().text() + "..." : "Watching... (" + left + " s)";
    }

    /** The outcome in words: each expectation ticked or crossed, and a wait that ran out. */
    String words(ScenarioRunner.StepResult r) {
        StringBuilder b = new StringBuilder(r.waitMet() ? "" : "The wait ran out before: " + planned.until().text() + "\n");
        for (ScenarioRunner.Check c : r.checks()) {
            b.append(c.held() ? "✓ " : "✗ did not happen: ").append(c.condition()).append('\n');
        }
        return b.length() == 0 ? "Done." : b.toString().trim();
    }

    /** The current run's observer: a new one when the run was replaced (a seek in the window). */
    private void attach() {
        SimulationView sim = run.simulation();
        if (observed != sim) {
            observed = sim;
            observer = new StepObserver(sim);
            run.listen(observer);
        }
    }
}
