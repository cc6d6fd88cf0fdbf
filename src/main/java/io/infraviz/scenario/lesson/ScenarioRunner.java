package io.infraviz.scenario.lesson;

import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.ScheduledFault;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a lesson headless, step by step, as the player does: each step's actions (now or some
 * seconds in), then its wait (a time, or a condition with a timeout), then its expectations
 * checked against what happened since the step began.
 */
public final class ScenarioRunner {
    /** How often a wait condition is checked, in simulated time. */
    static final long POLL_US = 100_000;

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
        Simulation sim = new Simulation(lesson.topology(), lesson.settings(), seed);
        StepObserver observer = new StepObserver(sim);
        sim.addListener(observer);
        sim.startTraffic(-1);
        List<StepResult> results = new ArrayList<>();
        int i = 0;
        for (Lesson.Stage stage : lesson.stages()) {
            observer.reset();
            long start = sim.now();
            for (Lesson.Move m : stage.moves()) {
                schedule(sim, m, start);
            }
            boolean waitMet = waitFor(sim, stage, observer, start);
            List<Check> checks = new ArrayList<>();
            for (Condition c : stage.expect()) {
                checks.add(new Check(c.text(), c.holds(observer)));
            }
            results.add(new StepResult(i++, stage.step().narration(), waitMet, sim.now(), checks));
        }
        return results;
    }

    /** Schedules an action of a step that began at {@code start}. */
    public static void schedule(Simulation sim, Lesson.Move m, long start) {
        long at = start + Math.round(m.afterSeconds() * 1_000_000);
        if (m.fault() != null) {
            sim.schedule(ScheduledFault.at(at, m.fault()));
        } else {
            sim.scheduleSettings(at, Lesson.applySettings(sim.settings(), m.settings()));
        }
    }

    private static boolean waitFor(Simulation sim, Lesson.Stage stage, StepObserver observer, long start) {
        long end = start + Math.round(stage.waitSeconds() * 1_000_000);
        if (stage.until() == null) {
            sim.runUntil(end);
            return true;
        }
        long t = start;
        while (t < end) {
            t = Math.min(end, t + POLL_US);
            sim.runUntil(t);
            if (stage.until().holds(observer)) {
                return true;
            }
        }
        return false;
    }
}
