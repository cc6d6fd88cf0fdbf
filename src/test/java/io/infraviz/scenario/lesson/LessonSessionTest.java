package io.infraviz.scenario.lesson;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lesson's flow without a window, on a headless run: each step shown and waiting, its
 * prediction scored, "Do it" applying its actions at their simulated times, its wait and checks,
 * Back to the moment a step began, the questions at the end.
 */
class LessonSessionTest {
    private static final Scenario.Question PREDICT = new Scenario.Question("What happens?",
            List.of("Nothing", "Requests fail"), 1, "It was down.");

    private final RecordingRun run = new RecordingRun(new HeadlessLessonRun(1));
    private final LessonSession session = new LessonSession(run);
    private final List<String> heard = new ArrayList<>();

    /** Three steps: watch, kill web-02 (then revive it 40 s in, after the step) with a prediction, raise the rate; two questions. */
    private static Lesson lesson() {
        Scenario.Step watch = new Scenario.Step("All is well.", List.of("web-01", "web-02"), null, null,
                10.0, null, null, List.of("all requests succeed"));
        Scenario.Step kill = new Scenario.Step("web-02 dies.", List.of("web-02"), PREDICT,
                List.of(new Scenario.Action("kill", "web-02", null, null),
                        new Scenario.Action("revive", "web-02", 40.0, null)),
                null, "web-02 is DOWN", 30.0, List.of("some requests fail"));
        Scenario.Step faster = new Scenario.Step("More users.", null, PREDICT,
                List.of(new Scenario.Action("set", null, 2.0, Map.of("rate", 5))), 3.0, null, null, List.of());
        List<Scenario.Question> questions = List.of(
                new Scenario.Question("First?", List.of("a", "b"), 0, null),
                new Scenario.Question("Second?", List.of("a", "b"), 1, null));
        return new Lesson(new Scenario("test", "A test lesson", null, "distributed", null, Map.of("rate", 2),
                List.of(watch, kill, faster), questions));
    }

    private void start() {
        session.addListener(new LessonSession.Listener() {
            @Override
            public void pageShown() {
                heard.add("page");
            }

            @Override
            public void questionChanged() {
                heard.add("question");
            }

            @Override
            public void statusChanged() {
                heard.add("status");
            }
        });
        session.start(lesson());
    }

    /** Runs the watched step to its end as the headless runner does, checking every 100 ms. */
    private void watchTheStep() {
        long t = run.simulation().now();
        while (session.phase() == LessonSession.Phase.RUNNING) {
            t = Math.min(session.waitEndUs(), t + ScenarioRunner.POLL_US);
            run.headless.runUntil(t);
            session.check();
        }
    }

    @Test
    void aStepIsShownAndWaitsPaused() {
        start();
        assertThat(session.phase()).isEqualTo(LessonSession.Phase.READY);
        assertThat(session.title()).isEqualTo("A test lesson  —  step 1 of 3");
        assertThat(session.narration()).isEqualTo("All is well.");
        assertThat(session.highlights()).containsExactlyInAnyOrder("web-01", "web-02");
        assertThat(session.asking()).isFalse();
        assertThat(session.canGoBack()).isFalse();
        assertThat(session.canGoOn()).isTrue();
        assertThat(session.nextLabel()).isEqualTo("Go on");
        assertThat(run.calls).containsExactly("load", "pause");
        assertThat(heard).containsExactly("page", "question", "status");
        assertThat(run.simulation().now()).isZero();
    }

    @Test
    void aWaitForATimeEndsTheStepWithItsChecksAndPausesTheRun() {
        start();
        session.next();
        assertThat(session.phase()).isEqualTo(LessonSession.Phase.RUNNING);
        assertThat(run.calls).endsWith("play");
        assertThat(session.canGoOn()).isFalse();
        run.headless.runUntil(2_000_000);
        session.check();
        assertThat(session.status()).isEqualTo("Watching... (8 s)");
        watchTheStep();
        assertThat(session.phase()).isEqualTo(LessonSession.Phase.DONE);
        assertThat(run.simulation().now()).isEqualTo(10_000_000);
        assertThat(session.status()).isEqualTo("✓ all requests succeed");
        assertThat(session.lastResult().passed()).isTrue();
        assertThat(session.lastResult().endUs()).isEqualTo(10_000_000);
        assertThat(run.calls).endsWith("play", "pause");
        assertThat(session.nextLabel()).isEqualTo("Next step");
    }

    @Test
    void thePredictionIsAnsweredBeforeDoItAndCountsInTheScore() {
        start();
        session.next();
        watchTheStep();
        session.next();
        assertThat(session.phase()).isEqualTo(LessonSession.Phase.PREDICT);
        assertThat(session.question()).isEqualTo(PREDICT);
        assertThat(session.questionHeading()).isEqualTo("Before we do it — what do you predict?");
        assertThat(session.canGoOn()).isFalse();
        session.next();
        assertThat(session.phase()).as("Next waits for the answer").isEqualTo(LessonSession.Phase.PREDICT);
        session.answer(true);
        assertThat(session.question()).isNull();
        assertThat(session.nextLabel()).isEqualTo("Do it");
        assertThat(session.score()).isEqualTo("Predictions: 1 of 1 right");
    }

    @Test
    void doItAppliesTheStepsActionsAtTheirSimulatedTimes() {
        start();
        session.next();
        watchTheStep();
        session.next();
        session.answer(false);
        long start = run.simulation().now();
        session.next();
        assertThat(run.faults).containsExactly(start + ":kill:web-02", (start + 40_000_000) + ":revive:web-02");
        run.headless.runUntil(start);
        assertThat(run.simulation().hostDown("web-02")).isTrue();
        run.headless.runUntil(start + 39_900_000);
        assertThat(run.simulation().hostDown("web-02")).isTrue();
        run.headless.runUntil(start + 40_000_000);
        assertThat(run.simulation().hostDown("web-02")).isFalse();
    }

    @Test
    void aConditionEndsTheStepWhenItHolds() {
        start();
        session.next();
        watchTheStep();
        session.next();
        session.answer(true);
        long start = run.simulation().now();
        session.next();
        assertThat(session.status()).isEmpty();
        run.headless.runUntil(start + 100_000);
        session.check();
        assertThat(session.status()).isEqualTo("Watching until web-02 is DOWN...");
        watchTheStep();
        assertThat(session.phase()).isEqualTo(LessonSession.Phase.DONE);
        assertThat(run.simulation().now()).isLessThan(start + 30_000_000);
        assertThat(session.lastResult().waitMet()).isTrue();
        assertThat(session.status()).isEqualTo("✓ some requests fail");
    }

    @Test
    void aSettingsChangeTakesEffectAfterItsDelay() {
        playTwoSteps();
        session.answer(true);
        long start = run.simulation().now();
        long before = run.simulation().settings().traffic().intervalMicros();
        session.next();
        run.headless.runUntil(start + 1_900_000);
        assertThat(run.simulation().settings().traffic().intervalMicros()).isEqualTo(before).isEqualTo(500_000);
        run.headless.runUntil(start + 2_000_000);
        assertThat(run.simulation().settings().traffic().intervalMicros()).isEqualTo(200_000);
    }

    @Test
    void backGoesToTheMomentTheStepBeganBeforeItsActions() {
        playTwoSteps();
        long stepTwoStart = run.starts.get(1);
        assertThat(run.simulation().hostDown("web-02")).isTrue();
        session.back();
        assertThat(session.step()).isEqualTo(1);
        assertThat(session.phase()).as("its prediction is asked again").isEqualTo(LessonSession.Phase.PREDICT);
        assertThat(session.score()).as("and no longer counted").isEmpty();
        assertThat(run.simulation().now()).isEqualTo(stepTwoStart);
        assertThat(run.simulation().hostDown("web-02")).isFalse();
        // Back while a step runs: the same step, from its start again.
        session.answer(true);
        session.next();
        run.headless.runUntil(stepTwoStart + 1_000_000);
        session.back();
        assertThat(session.step()).isEqualTo(1);
        assertThat(run.simulation().now()).isEqualTo(stepTwoStart);
        assertThat(run.simulation().hostDown("web-02")).isFalse();
        assertThat(run.calls).endsWith("rewind", "pause");
    }

    @Test
    void theQuestionsComeAtTheEndThenTheLessonIsDone() {
        playTwoSteps();
        session.answer(true);
        session.next();
        watchTheStep();
        assertThat(session.nextLabel()).isEqualTo("Questions");
        session.next();
        assertThat(session.phase()).isEqualTo(LessonSession.Phase.QUESTIONS);
        assertThat(session.title()).isEqualTo("A test lesson  —  questions");
        assertThat(session.narration()).isEqualTo("Check what you learned.");
        assertThat(session.highlights()).isEmpty();
        assertThat(session.questionHeading()).isEqualTo("Question 1 of 2");
        assertThat(session.asking()).isTrue();
        assertThat(session.canGoBack()).isTrue();
        session.answer(false);
        assertThat(session.questionHeading()).isEqualTo("Question 2 of 2");
        session.answer(true);
        assertThat(session.asking()).isFalse();
        assertThat(session.nextLabel()).isEqualTo("Finish");
        assertThat(session.status()).isEqualTo("Lesson complete. Predictions: 1 of 2 right");
        heard.clear();
        session.next();
        assertThat(session.active()).isFalse();
        assertThat(heard).containsExactly("page");
    }

    /** Plays steps 1 and 2 (the prediction answered wrong); step 3 is shown, its prediction open. */
    private void playTwoSteps() {
        start();
        session.next();
        watchTheStep();
        session.next();
        session.answer(false);
        session.next();
        watchTheStep();
        session.next();
    }
}
