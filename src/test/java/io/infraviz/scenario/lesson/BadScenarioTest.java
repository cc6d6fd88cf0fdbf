package io.infraviz.scenario.lesson;

import io.infraviz.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A teacher's lesson file with a mistake: {@code simulate --scenario FILE} names the file, the
 * place and the problem, exits with 2, and runs nothing of it.
 */
class BadScenarioTest {
    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** Runs the file and checks what every refusal has in common. */
    private String refused(Path file) {
        CliRun r = CliRun.of("simulate", "--scenario", file.toString());
        assertThat(r.code()).as("exit code").isEqualTo(2);
        assertThat(r.out()).as("nothing of the lesson ran").isEmpty();
        assertThat(r.err()).as("the message names the file").contains(file.toString());
        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(ScenarioFile.BadScenario.class);
        return r.err();
    }

    @Test
    void unknownComponent() throws IOException {
        Path f = write("unknown-component.json", """
                {
                  "name": "oops", "title": "Oops",
                  "steps": [
                    { "narration": "Kill it.", "actions": [{ "action": "kill", "target": "web-03.nginx" }], "wait_seconds": 5 }
                  ]
                }
                """);
        assertThat(refused(f)).contains("steps[0].actions[0].target", "unknown component, host or link 'web-03.nginx'");
    }

    @Test
    void unknownComponentInAHighlightOrACondition() throws IOException {
        Path h = write("highlight.json", """
                { "name": "oops", "title": "Oops",
                  "steps": [ { "narration": "Look.", "highlight": ["web-09"], "wait_seconds": 5 } ] }
                """);
        assertThat(refused(h)).contains("steps[0].highlight", "'web-09'");
        Path c = write("condition.json", """
                { "name": "oops", "title": "Oops",
                  "steps": [ { "narration": "Wait.", "until": "web-03 is DOWN", "timeout_seconds": 20 } ] }
                """);
        assertThat(refused(c)).contains("steps[0].until", "'web-03' is not a server of the load balancer");
    }

    @Test
    void negativeTime() throws IOException {
        Path f = write("bad-time.json", """
                { "name": "oops", "title": "Oops",
                  "steps": [ { "narration": "Wait.", "wait_seconds": 5 }, { "narration": "Wait.", "wait_seconds": -5 } ] }
                """);
        assertThat(refused(f)).contains("steps[1].wait_seconds", "must be 0 or more");
    }

    @Test
    void timeThatIsNotANumber() throws IOException {
        Path f = write("bad-time-text.json", """
                {
                  "name": "oops",
                  "title": "Oops",
                  "steps": [
                    { "narration": "Wait.", "wait_seconds": "ten" }
                  ]
                }
                """);
        assertThat(refused(f)).contains("line 5", "steps[0].wait_seconds", "\"ten\"");
    }

    @Test
    void negativeDelayOfAnAction() throws IOException {
        Path f = write("bad-after.json", """
                { "name": "oops", "title": "Oops",
                  "steps": [ { "narration": "Kill.", "actions": [{ "action": "kill", "target": "web-02", "after": -1 }],
                               "wait_seconds": 5 } ] }
                """);
        assertThat(refused(f)).contains("steps[0].actions[0].after", "must be 0 or more");
    }

    @Test
    void missingField() throws IOException {
        Path f = write("missing-title.json", """
                { "name": "oops", "steps": [ { "narration": "Wait.", "wait_seconds": 5 } ] }
                """);
        assertThat(refused(f)).contains("missing field 'title'");
        Path g = write("missing-narration.json", """
                { "name": "oops", "title": "Oops",
                  "steps": [ { "narration": "Wait.", "wait_seconds": 5 }, { "wait_seconds": 5 } ] }
                """);
        assertThat(refused(g)).contains("missing field 'steps[1].narration'");
        Path w = write("missing-wait.json", """
                { "name": "oops", "title": "Oops", "steps": [ { "narration": "Wait." } ] }
                """);
        assertThat(refused(w)).contains("steps[0]", "needs wait_seconds or until");
    }

    @Test
    void notJson() throws IOException {
        Path f = write("not-json.json", """
                {
                  "name": "oops",
                  "title": "Oops",
                  "steps": [
                    { "narration": "Wait.", "wait_seconds": 5 },
                  ]
                }
                """);
        assertThat(refused(f)).contains("line 6", "column");
        Path empty = write("empty.json", "");
        assertThat(refused(empty)).contains("line 1");
    }

    @Test
    void misspelledField() throws IOException {
        Path f = write("misspelled.json", """
                { "name": "oops", "title": "Oops", "steps": [ { "narration": "Wait.", "wait": 5 } ] }
                """);
        assertThat(refused(f)).contains("line 1", "steps[0].wait", "unknown field 'wait'; did you mean 'wait_seconds'?");
    }

    @Test
    void unknownCondition() throws IOException {
        Path f = write("unknown-condition.json", """
                { "name": "oops", "title": "Oops",
                  "steps": [ { "narration": "Wait.", "wait_seconds": 5,
                               "expect": ["all requests succeed", "the site is fast"] } ] }
                """);
        assertThat(refused(f)).contains("steps[0].expect[1]", "'the site is fast' is not a condition I understand");
    }

    @Test
    void unknownActionAndUnknownSetting() throws IOException {
        Path a = write("unknown-action.json", """
                { "name": "oops", "title": "Oops",
                  "steps": [ { "narration": "Boom.", "actions": [{ "action": "explode", "target": "web-02" }],
                               "wait_seconds": 5 } ] }
                """);
        assertThat(refused(a)).contains("steps[0].actions[0].action", "unknown action 'explode'");
        Path s = write("bad-setting.json", """
                { "name": "oops", "title": "Oops", "settings": { "algorithm": "random" },
                  "steps": [ { "narration": "Wait.", "wait_seconds": 5 } ] }
                """);
        assertThat(refused(s)).contains("at line 1, column 50 (field settings.algorithm)", "unknown value 'random'");
        Path near = write("misspelt-setting.json", """
                { "name": "oops", "title": "Oops", "settings": { "algoritm": "leastconn" },
                  "steps": [ { "narration": "Wait.", "wait_seconds": 5 } ] }
                """);
        assertThat(refused(near)).contains("(field settings.algoritm): unknown setting 'algoritm'; did you mean 'algorithm'?");
    }

    @Test
    void answerIndexOutOfRange() throws IOException {
        Path f = write("bad-answer.json", """
                { "name": "oops", "title": "Oops",
                  "steps": [ { "narration": "Wait.", "wait_seconds": 5 } ],
                  "questions": [ { "prompt": "Which?", "choices": ["A", "B"], "answer": 2, "explanation": "B." } ] }
                """);
        assertThat(refused(f)).contains("questions[0].answer", "2 is not the index of a choice (0 to 1)");
        Path p = write("bad-prediction.json", """
                { "name": "oops", "title": "Oops",
                  "steps": [ { "narration": "Kill.", "wait_seconds": 5,
                               "question": { "prompt": "What now?", "choices": ["A", "B"], "answer": -1 },
                               "actions": [{ "action": "kill", "target": "web-02" }] } ] }
                """);
        assertThat(refused(p)).contains("steps[0].question.answer", "-1 is not the index of a choice");
    }

    @Test
    void aMistakeInALaterStepStopsTheWholeFileBeforeAnythingRuns() throws IOException {
        Path f = write("late-mistake.json", """
                { "name": "oops", "title": "Oops",
                  "steps": [
                    { "narration": "Kill web-02.", "actions": [{ "action": "kill", "target": "web-02" }], "wait_seconds": 5,
                      "expect": ["some requests fail"] },
                    { "narration": "Wait.", "wait_seconds": 5 },
                    { "narration": "Promote.", "actions": [{ "action": "promote", "target": "web-02.nginx" }], "wait_seconds": 5 }
                  ] }
                """);
        assertThat(refused(f)).contains("steps[2].actions[0]", "promote");
    }

    @Test
    void aFileThatIsNotThereIsNamed() {
        Path missing = dir.resolve("nope.json");
        CliRun r = CliRun.of("simulate", "--scenario", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(missing.toString());
    }
}
