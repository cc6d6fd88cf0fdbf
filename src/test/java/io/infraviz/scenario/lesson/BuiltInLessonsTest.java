package io.infraviz.scenario.lesson;

import io.infraviz.cli.CliRun;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Role;
import io.infraviz.scenario.Explanations.Concept;
import io.infraviz.scenario.Explanations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in lesson runs headless, as {@code simulate --scenario NAME} runs it, and every
 * effect it expects really happens; every lesson teaches the way the course needs (narration,
 * highlights, a prediction before each failure, checked questions); every concept's "Show me"
 * names a lesson that exists.
 */
class BuiltInLessonsTest {
    /** The seed {@code simulate} uses by default. */
    private static final long DEFAULT_SEED = 1;

    /** An action that breaks something (one a repair takes back): a prediction question must come before it. */
    private static boolean breaks(Scenario.Action a) {
        return FaultAction.fromCode(a.action()).flatMap(FaultAction::undoneBy).isPresent();
    }

    static List<String> names() {
        return ScenarioFile.builtInNames();
    }

    @Test
    void theCourseHasALessonForEveryConceptAndFailure() {
        assertThat(names()).doesNotHaveDuplicates().contains(
                "request-journey", "redundancy", "round-robin", "algorithms", "active-passive",
                "lb-dies", "dns-dies", "web-server-dies", "nginx-dies", "app-dies-tcp-vs-http",
                "primary-dies", "replica-dies", "replication-cut", "own-write", "wrong-write-address", "overload",
                "no-https", "no-firewall", "no-monitoring", "fixing-spofs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyExpectedEffectHappensHeadless(String name) {
        Lesson lesson = ScenarioFile.builtIn(name);
        assertThat(lesson.scenario().name()).as("the name inside %s.json", name).isEqualTo(name);

        List<ScenarioRunner.StepResult> results = ScenarioRunner.run(lesson, DEFAULT_SEED);

        assertThat(results).hasSize(lesson.steps().size());
        for (ScenarioRunner.StepResult r : results) {
            assertThat(r.waitMet()).as("%s, step %d: the wait's condition came", name, r.index() + 1).isTrue();
            for (ScenarioRunner.Check c : r.checks()) {
                assertThat(c.held()).as("%s, step %d: %s", name, r.index() + 1, c.condition()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyStepNarratesHighlightsAndChecksSomething(String name) {
        Lesson lesson = ScenarioFile.builtIn(name);
        for (int i = 0; i < lesson.steps().size(); i++) {
            Scenario.Step step = lesson.steps().get(i).step();
            String where = name + ", step " + (i + 1);
            assertThat(step.narration()).as(where).isNotBlank();
            assertThat(step.highlight()).as("%s: highlights", where).isNotEmpty();
            assertThat(step.expect()).as("%s: expected effects", where).isNotEmpty();
            boolean breaksSomething = step.actions() != null
                    && step.actions().stream().anyMatch(BuiltInLessonsTest::breaks);
            if (breaksSomething) {
                assertThat(step.question()).as("%s: a prediction before the failure", where).isNotNull();
            }
            if (step.question() != null) {
                assertThat(step.question().explanation()).as("%s: the prediction's explanation", where).isNotBlank();
            }
        }
        List<Scenario.Question> questions = lesson.scenario().questions();
        assertThat(questions).as("%s: questions at the end", name).isNotEmpty();
        for (Scenario.Question q : questions) {
            assertThat(q.explanation()).as("%s: %s", name, q.prompt()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyLessonSaysWhichConceptItTeaches(String name) {
        String concept = ScenarioFile.builtIn(name).scenario().concept();
        assertThat(Concept.fromCode(concept)).as("%s: concept '%s'", name, concept).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Concept.class)
    void everyConceptsShowMeLessonExistsAndItsCodeReadsBack(Concept c) {
        assertThat(names()).as("the lesson behind %s's Show me", c).contains(c.lesson());
        assertThat(Concept.fromCode(c.code())).contains(c);
    }

    @Test
    void everyConceptAndEveryRoleHasItsOwnWords() {
        assertThat(Arrays.stream(Concept.values()).map(Concept::title).distinct()).hasSize(Concept.values().length);
        assertThat(Arrays.stream(Concept.values()).map(Concept::text).distinct()).hasSize(Concept.values().length);
        assertThat(Arrays.stream(Role.values()).map(Explanations::of).distinct()).hasSize(Role.values().length);
    }

    @Test
    void theTextsSayWhatIsTrueWhereTheWriteUpsAreWrong() {
        assertThat(Concept.ACTIVE_ACTIVE_PASSIVE.text()).contains("does what its configuration says", "backup");
        assertThat(Concept.REDUNDANCY.text()).contains("adds redundancy");
        assertThat(Concept.REPLICATION.text()).contains("no shared");
        // Issue 12: the copy and the OK leave together; a stream, not periodic copies; a plain promotion
        // also discards the relay log; only read_only makes a Replica refuse writes; the read fallback is the app's.
        assertThat(Concept.REPLICATION.text()).contains("at the same moment, on its own", "continuous stream",
                "relay log is discarded", "Seconds_Behind_Master");
        assertThat(Concept.PRIMARY_REPLICA.text()).contains("with read_only on", "refuses writes (error 1290)",
                "MariaDB's default is off", "its own choice");
        assertThat(Explanations.conceptFor(Role.LOAD_BALANCER)).isEqualTo(Concept.LOAD_BALANCER);
    }

    @Test
    void theScenariosCommandListsEveryLessonInTeachingOrder() {
        CliRun r = CliRun.of("scenarios");

        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        List<String> names = names();
        assertThat(lines).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            String title = ScenarioFile.builtIn(names.get(i)).scenario().title();
            assertThat(lines.get(i)).startsWith(names.get(i) + " ").endsWith(title);
        }
    }
}
