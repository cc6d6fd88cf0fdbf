package io.infraviz.scenario.lesson;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-server conditions and the {@code weight} setting: a lesson asserts how the load balancer
 * split the requests of a step, not only charts it.
 */
class ServerShareTest {

    private static List<ScenarioRunner.Check> checks(String settings, String action, String... expect) throws Exception {
        String json = "{\"name\": \"t\", \"title\": \"T\", \"settings\": " + settings + ", \"steps\": ["
                + "{\"narration\": \"Go.\", \"actions\": [" + action + "], \"wait_seconds\": 30, \"expect\": [\""
                + String.join("\", \"", expect) + "\"]}]}";
        List<ScenarioRunner.StepResult> r = ScenarioRunner.run(ScenarioFile.parse(json, "test"), 1);
        return r.get(0).checks();
    }

    @Test
    void roundRobinGivesEachServerAboutHalfAndNoneToADownServer() throws Exception {
        assertThat(checks("{\"rate\": 2}", "", "web-01 gets about half of the requests",
                "web-02 gets about half of the requests", "web-01 gets no requests", "web-02 gets most of the requests",
                "web-02 gets some of the requests", "web-02 gets none of the requests"))
                .extracting(ScenarioRunner.Check::held).containsExactly(true, true, false, false, true, false);
    }

    @Test
    void weightsShiftTheSplit() throws Exception {
        // 9 to 1: web-01 gets 90 %, "most"; web-02 only some, not half.
        assertThat(checks("{\"rate\": 2, \"algorithm\": \"weighted\", \"weight\": {\"web-01\": 9}}", "",
                "web-01 gets most of the requests", "web-02 gets some of the requests",
                "web-02 gets about half of the requests"))
                .extracting(ScenarioRunner.Check::held).containsExactly(true, true, false);
    }

    @Test
    void aSetActionChangesOneWeightAndKeepsTheOthers() throws Exception {
        Lesson l = ScenarioFile.parse("{\"name\": \"t\", \"title\": \"T\", \"settings\": {\"weight\": {\"web-01\": 3, "
                + "\"web-02\": 2}}, \"steps\": [{\"narration\": \"Go.\", \"actions\": [{\"action\": \"set\", \"settings\": "
                + "{\"weight\": {\"web-02\": 5}}}], \"wait_seconds\": 1, \"expect\": [\"no requests fail\"]}]}", "test");
        assertThat(l.settings().lb().weights()).containsEntry("web-01", 3).containsEntry("web-02", 2);
        var changed = Lesson.applySettings(l.settings(), l.steps().get(0).moves().get(0).settings());
        assertThat(changed.lb().weights()).containsEntry("web-01", 3).containsEntry("web-02", 5);
    }
}
