package io.infraviz.scenario.lesson;

import io.infraviz.engine.SimTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher talks as long as they need: the session pauses the run when a step is shown (before
 * "Do it") and when it has shown its effects, and a step's expectations count from "Do it". So a
 * 60-second talk before each "Do it" and after each step changes no lesson's outcome. The run here
 * moves time while the teacher talks only if the session left it playing, as the window's does.
 */
class TeacherPauseTest {
    private static final long TALK_S = 60;

    static List<String> names() {
        return ScenarioFile.builtInNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void aMinuteOfTalkBeforeEachDoItChangesNothing(String name) {
        Lesson lesson = ScenarioFile.builtIn(name);
        List<ScenarioRunner.StepResult> straight = ScenarioRunner.run(lesson, 1);
        List<ScenarioRunner.StepResult> talked = runWithTalk(lesson, new PacedRun(false));
        assertThat(talked).as("the same steps, ending at the same simulated times, with the same checks")
                .isEqualTo(straight);
        assertThat(talked).allMatch(ScenarioRunner.StepResult::passed);
    }

    /** Why the pauses matter: a run that kept going while the teacher talked would spoil dns-dies. */
    @Test
    void withoutThePausesTheTalkWouldSpoilTheDnsLesson() {
        Lesson lesson = ScenarioFile.builtIn("dns-dies");
        List<ScenarioRunner.StepResult> talked = runWithTalk(lesson, new PacedRun(true));
        assertThat(talked.get(1).passed()).as("step 2: cached answers expire while the teacher talks").isFalse();
    }

    private static List<ScenarioRunner.StepResult> runWithTalk(Lesson lesson, PacedRun paced) {
        RecordingRun run = paced.run();
        LessonSession session = new LessonSession(paced.run());
        session.start(lesson);
        List<ScenarioRunner.StepResult> results = new ArrayList<>();
        for (Lesson.PlannedStep planned : lesson.steps()) {
            paced.teacherTalks(TALK_S);
            session.doIt();
            long t = run.simulation().now();
            while (session.phase() == LessonSession.Phase.RUNNING) {
                t = planned.until() == null ? session.waitEndUs() : Math.min(session.waitEndUs(), t + ScenarioRunner.POLL_US);
                run.headless.runUntil(t);
                session.check();
            }
            results.add(session.lastResult());
            paced.teacherTalks(TALK_S);
            session.next();
        }
        return results;
    }

    /** A run whose time also moves while a teacher talks: only while the session has it playing, or always. */
    private record PacedRun(RecordingRun run, boolean ignoresPause) {
        PacedRun(boolean ignoresPause) {
            this(new RecordingRun(new HeadlessLessonRun(1)), ignoresPause);
        }

        void teacherTalks(long seconds) {
            if (run.playing() || ignoresPause) {
                run.headless.runUntil(run.simulation().now() + SimTime.fromSeconds(seconds));
            }
        }
    }
}
