package io.infraviz.scenario.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prediction is asked before the step's actions, right under the step's narration: that text,
 * and the question's prompt, must not give the answer away. What happened, and why, comes after
 * the answer: in the question's explanation or in the next step's narration. See
 * {@link PredictionSpoilers} for what counts as giving it away.
 */
class PredictionSpoilerTest {

    static List<String> names() {
        return ScenarioFile.builtInNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void noNarrationGivesAwayTheAnswerOfItsPrediction(String name) {
        List<Scenario.Step> steps = ScenarioFile.builtIn(name).scenario().steps();
        List<String> spoilers = new ArrayList<>();
        int predictions = 0;
        for (int i = 0; i < steps.size(); i++) {
            Scenario.Step step = steps.get(i);
            if (step.question() == null) {
                continue;
            }
            predictions++;
            for (String s : PredictionSpoilers.of(step)) {
                spoilers.add(name + ", step " + (i + 1) + ": " + s + "\n    narration: " + step.narration()
                        + "\n    right answer: " + step.question().choices().get(step.question().answer()));
            }
        }
        assertThat(predictions).as("%s asks at least one prediction", name).isPositive();
        assertThat(spoilers).as("%s: text shown before a prediction gives its answer away", name).isEmpty();
    }

    // The check itself: it must catch each kind of spoiler and let a plain setting of the scene pass.

    private static Scenario.Step step(String narration, String prompt, List<String> choices, int answer,
                                      String... expect) {
        return new Scenario.Step(narration, List.of("web-02"),
                new Scenario.Question(prompt, choices, answer, "Why."), List.of(), 20.0, null, null,
                List.of(expect));
    }

    private static Scenario.Step replicationCut(String narration) {
        return step(narration, "The link between Primary and Replica is cut. Does anything fail?",
                List.of("Writes fail", "Nothing fails, but reads from the Replica get stale", "Everything fails"), 1,
                "no requests fail", "some reads are stale");
    }

    @Test
    void theIssuesExampleIsCaughtAndItsRewriteIsNot() {
        List<String> before = PredictionSpoilers.of(replicationCut("First the replication link is cut: the Replica "
                + "stops receiving writes. Nothing fails, but reads start returning old data, and the Replica falls "
                + "further and further behind."));
        List<String> after = PredictionSpoilers.of(replicationCut(
                "First we cut the replication link between the Primary and the Replica."));

        assertThat(before).anyMatch(s -> s.contains("part of the right answer: 'nothing fails'"))
                .anyMatch(s -> s.contains("'some reads are stale': 'old data'"))
                .anyMatch(s -> s.contains("'some reads are stale': 'behind'"));
        assertThat(after).isEmpty();
    }

    @Test
    void theRightChoiceInTheNarrationIsCaughtWhateverItsCaseAndPunctuation() {
        Scenario.Step s = step("web-02 dies. ONLY ENCRYPTED BYTES -- no password; no page!", "What does it see?",
                List.of("Clear text", "Only encrypted bytes: no password, no page"), 1, "all requests succeed");

        assertThat(PredictionSpoilers.of(s)).anyMatch(m -> m.contains(
                "says the right answer: 'only encrypted bytes no password no page'"));
    }

    @Test
    void theRightChoicesDistinctiveWordsAreCaughtButTheNamesOfThePartsAreNot() {
        List<String> choices = List.of("Half to each server, as before",
                "To web-01: web-02's stuck requests count as open connections",
                "To web-02, because it answers nothing and looks idle");
        String prompt = "We switch to least connections. Where do most new requests go?";
        Scenario.Step spoiler = step("Least connections picks the server with the fewest connections. web-02's hung "
                + "requests keep their connections open.", prompt, choices, 1, "most requests succeed");
        Scenario.Step fine = step("Least connections sends each new request to the server with the fewest "
                + "connections; web-02 is still hung.", prompt, choices, 1, "most requests succeed");

        assertThat(PredictionSpoilers.of(spoiler)).anyMatch(m -> m.contains("[connections, open]"));
        assertThat(PredictionSpoilers.of(fine)).isEmpty();
    }

    @Test
    void wordsThatStateAnExpectedEffectAreCaughtUnlessThePromptUsesThemToo() {
        List<String> choices = List.of("Nothing changes", "Every request fails until it is back");
        Scenario.Step refused = step("HAProxy dies: the browser's connection is refused.",
                "The load balancer dies. What do users see?", choices, 1, "all requests fail");
        Scenario.Step askedAbout = step("web-02's application answers every request with an error.",
                "web-02's application answers errors. Which requests fail?", choices, 1, "some requests fail");

        assertThat(PredictionSpoilers.of(refused)).containsExactly(
                "the narration states the expected effect 'all requests fail': 'refused'");
        assertThat(PredictionSpoilers.of(askedAbout)).isEmpty();
    }

    @Test
    void aPromptThatSaysTheAnswerIsCaught() {
        Scenario.Step s = step("web-02 dies.", "web-02 dies and nobody gets an alert. Who finds out?",
                List.of("The team", "Nobody gets an alert"), 1, "no alert is raised");

        assertThat(PredictionSpoilers.of(s)).contains("the prompt says part of the right answer: 'Nobody gets an alert'");
    }

    @Test
    void fallsFailedAndFailingAreOneWord() {
        assertThat(List.of("fails", "failed", "failing", "failure", "fail")).allMatch(
                w -> PredictionSpoilers.stem(w).equals("fail"));
        assertThat(PredictionSpoilers.stem("dropped")).isEqualTo(PredictionSpoilers.stem("drop"));
        assertThat(PredictionSpoilers.stem("catches")).isEqualTo(PredictionSpoilers.stem("catch"));
    }

    @Test
    void aStepWithoutAPredictionHasNothingToGiveAway() {
        Scenario.Step s = new Scenario.Step("Nothing fails, the Replica is stale.", List.of("web-02"), null, List.of(),
                10.0, null, null, List.of("some reads are stale"));

        assertThat(PredictionSpoilers.of(s)).isEmpty();
    }
}
