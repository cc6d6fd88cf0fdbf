package io.infraviz.scenario.lesson;

import java.util.List;
import java.util.Map;

/**
 * A guided lesson, as a teacher writes it in JSON (see docs/scenarios.md): a stage, optional
 * settings, steps with narration, actions, a wait and expected effects, and questions.
 *
 * @param name      short id, e.g. {@code primary-dies}
 * @param title     one line for menus
 * @param concept   the concept it teaches (for "Show me"), or null
 * @param stage     built-in stage code
 * @param preset    classroom (default) or realistic
 * @param settings  overrides: see {@link ScenarioSettings}
 * @param steps     in order
 * @param questions asked at the end; the app checks the answers
 */
public record Scenario(String name, String title, String concept, String stage, String preset,
                       Map<String, Object> settings, List<Step> steps, List<Question> questions) {

    /**
     * One step.
     *
     * @param narration what the narrator says
     * @param highlight component, host or link ids to highlight
     * @param question  a prediction asked before the step's actions ("what will happen to writes?"), or null
     * @param actions   what happens in the step
     * @param waitSeconds how long the step lasts, or null when it waits for {@code until}
     * @param until     a condition that ends the step, or null
     * @param timeoutSeconds how long to wait for {@code until} at most (default 120)
     * @param expect    effects that must have happened by the end of the step
     */
    public record Step(String narration, List<String> highlight, Question question, List<Action> actions,
                       Double waitSeconds, String until, Double timeoutSeconds, List<String> expect) {
    }

    /**
     * An action: the code of a {@link io.infraviz.model.FaultAction} (e.g. {@code kill}) on a
     * target, or {@code set} with settings; {@code after} seconds into the step (0: at once).
     */
    public record Action(String action, String target, Double after, Map<String, Object> settings) {
    }

    /** A multiple-choice question; {@code answer} is the index of the right choice. */
    public record Question(String prompt, List<String> choices, int answer, String explanation) {
    }
}
