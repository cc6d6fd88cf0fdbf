package io.infraviz.scenario.lesson;

import io.infraviz.engine.SimTime;
import io.infraviz.model.SimulationSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A lesson being played, step by step, on a {@link LessonRun}: each step is shown and waits (the
 * run paused) while the class reads and answers its prediction; "Do it" applies the step's actions
 * (now or some seconds in) and watches for its wait (a time, or a condition with a timeout); then
 * its expectations are checked and the run waits again. The questions come at the end. Back goes
 * to the moment a step began, before its actions. No window here: the player in the window is a
 * view of a session, and the headless runner drives one too.
 */
public final class LessonSession {
    /**
     * Where the lesson is: a step shown with its prediction open (PREDICT) or waiting for "Do it"
     * (READY), its effects watched (RUNNING) then checked (DONE); the questions at the end.
     */
    public enum Phase { PREDICT, READY, RUNNING, DONE, QUESTIONS }

    /** Hears the session change; all on the thread that drives it. */
    public interface Listener {
        /** A step is shown, the questions begin, or the lesson closed: title, narration and highlights are new. */
        void pageShown();

        /** A question was put, or the open one answered ({@link #question()} is then null). */
        void questionChanged();

        /** The status line, or what Back and the main action offer, changed. */
        void statusChanged();
    }

    private static final String PREDICTION_HEADING = "Before we do it — what do you predict?";

    private final LessonRun run;
    private final StepWatch watch;
    private final List<Listener> listeners = new ArrayList<>();
    /** Per step: whether its prediction was answered right (absent until answered). */
    private final Map<Integer, Boolean> predictions = new HashMap<>();
    /** When each step that ran began (its actions were applied then). */
    private final List<Long> stepStarts = new ArrayList<>();
    private Lesson lesson;
    private int step;
    private Phase phase = Phase.READY;
    private int questionIndex;
    private Scenario.Question question;
    private String questionHeading = "";
    private String status = "";
    private ScenarioRunner.StepResult lastResult;

    public LessonSession(LessonRun run) {
        this.run = run;
        this.watch = new StepWatch(run);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    // ---- the flow ----------------------------------------------------------------------------

    /** Starts a lesson from its first step, on a new run of its topology and settings. */
    public void start(Lesson l) {
        lesson = l;
        phase = Phase.READY;
        run.load(l.topology(), l.settings());
        stepStarts.clear();
        step = 0;
        predictions.clear();
        showStep();
    }

    /** Ends the lesson (the run goes on as it is). */
    public void close() {
        lesson = null;
        question = null;
        listeners.forEach(Listener::pageShown);
    }

    /** The main action: "Do it" on a shown step, "Next step" or "Questions" after it, "Finish" at the end. */
    public void next() {
        switch (phase) {
            case READY -> doIt();
            case DONE -> {
                if (step + 1 < lesson.steps().size()) {
                    step++;
                    showStep();
                } else {
                    askQuestions();
                }
            }
            case QUESTIONS -> close();
            default -> { }
        }
    }

    /**
     * Applies the step's actions (now, or after their delay) and starts watching for its wait. The
     * window offers it once the prediction is answered; a headless run, which asks no one, skips it.
     */
    public void doIt() {
        long now = run.simulation().now();
        while (stepStarts.size() > step) {
            stepStarts.remove(stepStarts.size() - 1);
        }
        stepStarts.add(now);
        watch.begin(step, currentStep(), now);
        for (Lesson.Move m : currentStep().moves()) {
            long at = now + SimTime.fromSeconds(m.afterSeconds());
            if (m.fault() != null) {
                run.applyFault(at, m.fault());
            } else {
                // An edit of the settings as they are when it applies, so nothing changed meanwhile is undone.
                UnaryOperator<SimulationSettings> edit = current -> Lesson.applySettings(current, m.settings());
                run.editSettings(at, edit);
            }
        }
        phase = Phase.RUNNING;
        if (question != null) {
            question = null;
            listeners.forEach(Listener::questionChanged);
        }
        run.play();
        listeners.forEach(Listener::statusChanged);
    }

    /**
     * Looks at the run while a step's effects are watched (each frame, or each poll of a headless
     * run): the step ends when its condition holds or its time is up.
     */
    public void check() {
        if (lesson == null || phase != Phase.RUNNING) {
            return;
        }
        ScenarioRunner.StepResult result = watch.check();
        if (result != null) {
            finishStep(result);
        } else if (!watch.watching().equals(status)) {
            status = watch.watching();
            listeners.forEach(Listener::statusChanged);
        }
    }

    /** Answers the open question (the prediction, or one at the end); {@code right} whether the pick was right. */
    public void answer(boolean right) {
        if (question == null) {
            return;
        }
        if (phase == Phase.PREDICT) {
            predictions.put(step, right);
            phase = Phase.READY;
            question = null;
            listeners.forEach(Listener::questionChanged);
            listeners.forEach(Listener::statusChanged);
        } else {
            questionIndex++;
            nextQuestion();
        }
    }

    /** Back to the previous step, at the moment it began (recomputed); its actions run again on "Do it". */
    public void back() {
        if (phase == Phase.QUESTIONS) {
            showStep();
            return;
        }
        int target = phase == Phase.RUNNING || phase == Phase.DONE ? step : step - 1;
        if (target < 0 || target >= stepStarts.size()) {
            start(lesson);
            return;
        }
        // The moment before the step's actions: they are forgotten and run again on "Do it".
        run.rewindTo(stepStarts.get(target));
        step = target;
        predictions.keySet().removeIf(i -> i >= target);
        showStep();
    }

    /**
     * Shows a step and waits, paused, for the teacher: nothing changes while the class reads,
     * talks or answers the prediction; the step's effects are counted from "Do it".
     */
    private void showStep() {
        phase = Phase.READY;
        run.pause();
        status = "";
        Scenario.Question q = currentStep().step().question();
        question = q;
        if (q != null) {
            phase = Phase.PREDICT;
            questionHeading = PREDICTION_HEADING;
        }
        listeners.forEach(Listener::pageShown);
        listeners.forEach(Listener::questionChanged);
        listeners.forEach(Listener::statusChanged);
    }

    /** The step has shown its effects: the run waits while the class looks at them. */
    private void finishStep(ScenarioRunner.StepResult result) {
        phase = Phase.DONE;
        lastResult = result;
        status = watch.words(result);
        run.pause();
        listeners.forEach(Listener::statusChanged);
    }

    private void askQuestions() {
        phase = Phase.QUESTIONS;
        run.pause();
        questionIndex = 0;
        status = "";
        listeners.forEach(Listener::pageShown);
        nextQuestion();
    }

    private void nextQuestion() {
        if (questionIndex >= questions().size()) {
            question = null;
            status = (status + "\nLesson complete. " + score()).trim();
        } else {
            question = questions().get(questionIndex);
            questionHeading = "Question " + (questionIndex + 1) + " of " + questions().size();
        }
        listeners.forEach(Listener::questionChanged);
        listeners.forEach(Listener::statusChanged);
    }

    // ---- what a view shows -------------------------------------------------------------------

    public Lesson lesson() {
        return lesson;
    }

    public boolean active() {
        return lesson != null;
    }

    public Phase phase() {
        return phase;
    }

    /** The step shown (from 0). */
    public int step() {
        return step;
    }

    private Lesson.PlannedStep currentStep() {
        return lesson.steps().get(step);
    }

    private List<Scenario.Question> questions() {
        return lesson.scenario().questions() == null ? List.of() : lesson.scenario().questions();
    }

    public String title() {
        return lesson.scenario().title() + "  —  "
                + (phase == Phase.QUESTIONS ? "questions" : "step " + (step + 1) + " of " + lesson.steps().size());
    }

    public String narration() {
        if (phase == Phase.QUESTIONS) {
            return questions().isEmpty() ? "That is the lesson." : "Check what you learned.";
        }
        return currentStep().step().narration();
    }

    /** The parts the shown step talks about (none during the questions). */
    public Set<String> highlights() {
        List<String> h = phase == Phase.QUESTIONS ? null : currentStep().step().highlight();
        return new HashSet<>(h == null ? List.of() : h);
    }

    /** What is being watched, or the step's effects ticked off, or the lesson's end. */
    public String status() {
        return status;
    }

    /** The open question, or null. */
    public Scenario.Question question() {
        return question;
    }

    public String questionHeading() {
        return questionHeading;
    }

    /** True while a question (a prediction, or one at the end) waits for an answer. */
    public boolean asking() {
        return lesson != null && question != null;
    }

    public boolean canGoBack() {
        return step > 0 || phase == Phase.QUESTIONS;
    }

    /** Whether the main action is offered now (not while a question is open or a step runs). */
    public boolean canGoOn() {
        return phase == Phase.READY || phase == Phase.DONE || (phase == Phase.QUESTIONS && question == null);
    }

    /** The main action's words: "Do it", "Go on", "Next step", "Questions", "Finish". */
    public String nextLabel() {
        return switch (phase) {
            case READY -> currentStep().moves().isEmpty() ? "Go on" : "Do it";
            case DONE -> step + 1 < lesson.steps().size() ? "Next step" : "Questions";
            case QUESTIONS -> "Finish";
            default -> "Next";
        };
    }

    /** "Predictions: 3 of 4 right", or empty when the lesson asked none. */
    public String score() {
        long right = predictions.values().stream().filter(Boolean::booleanValue).count();
        return predictions.isEmpty() ? "" : "Predictions: " + right + " of " + predictions.size() + " right";
    }

    /** The outcome of the step that finished last (its wait and its expectations). */
    public ScenarioRunner.StepResult lastResult() {
        return lastResult;
    }

    /** When the watched step's wait runs out, in simulated µs. */
    public long waitEndUs() {
        return watch.endUs();
    }
}
