package io.infraviz.scenario.lesson;

import io.infraviz.engine.SimTime;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a lesson headless, step by step, on the same {@link LessonSession} the window's player
 * drives: each step's actions (now or some seconds in), then its wait (a time, or a condition
 * with a timeout, checked every {@link #POLL_US}), then its expectations checked against what
 * happened since the step began. Predictions are skipped: no one is asked.
 */
public final class ScenarioRunner {
    /** How often a wait condition is checked, in simulated time. */
    static final long POLL_US = SimTime.ms(100);

    /** One expectation and whether it held. */
    public record Check(String condition, boolean held) {
    }

    /** One step's outcome. */
    public record StepResult(int index, String narration, boolean waitMet, long endUs, List<Check> checks) {
        public boolean passed() {
            return waitMet && checks.stream().allMatch(Check::held);
        }
    }

    private ScenarioRunner() {
    }

    public static List<StepResult> run(Lesson lesson, long seed) {
        HeadlessLessonRun run = new HeadlessLessonRun(seed);
        LessonSession session = new LessonSession(run);
        session.start(lesson);
        List<StepResult> results = new ArrayList<>();
        for (Lesson.PlannedStep planned : lesson.steps()) {
            session.doIt();
            long t = run.simulation().now();
            while (session.phase() == LessonSession.Phase.RUNNING) {
                // A wait for a time runs to its end at once; a condition is checked every POLL_US.
                t = planned.until() == null ? session.waitEndUs() : Math.min(session.waitEndUs(), t + POLL_US);
                run.runUntil(t);
                session.check();
            }
            results.add(session.lastResult());
            session.next();
        }
        return results;
    }
}
