package io.infraviz.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.model.Algorithm;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.scenario.Moment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A moment as JSON: the shape, a faithful round trip, and a clear message for each kind of broken file. */
class MomentFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Moment richMoment() {
        SimulationSettings later = Preset.CLASSROOM.settings()
                .withLb(Preset.CLASSROOM.settings().lb().withAlgorithm(Algorithm.LEAST_CONNECTIONS));
        return ExportFixtures.moment("web-02")
                .with(Moment.Action.fault(1_500_000, new Fault(FaultAction.CUT, "web-01.mysql->web-02.mysql")))
                .with(Moment.Action.settings(2_000_000, later))
                .at(7_250_000);
    }

    static void assertSameMoment(Moment back, Moment m) {
        assertThat(back.topology().components()).isEqualTo(m.topology().components());
        assertThat(back.topology().hosts()).isEqualTo(m.topology().hosts());
        assertThat(back.topology().links()).isEqualTo(m.topology().links());
        assertThat(back.topology().backends()).isEqualTo(m.topology().backends());
        assertThat(back.topology().clients()).isEqualTo(m.topology().clients());
        assertThat(back.topology().title()).isEqualTo(m.topology().title());
        assertThat(back.topology().primaryDatabase()).isEqualTo(m.topology().primaryDatabase());
        assertThat(back.settings()).isEqualTo(m.settings());
        assertThat(back.seed()).isEqualTo(m.seed());
        assertThat(back.actions()).isEqualTo(m.actions());
        assertThat(back.timeUs()).isEqualTo(m.timeUs());
    }

    @Test
    void roundTripGivesBackTheSameMoment() throws Exception {
        Moment m = richMoment();
        Moment back = MomentFile.fromJson(MomentFile.toJson(m), "test");
        assertSameMoment(back, m);
        // And it replays to the same picture.
        assertThat(back.replay().whatIsDown()).isEqualTo(m.replay().whatIsDown());
    }

    @Test
    void hasTheDocumentedShape() throws Exception {
        JsonNode root = JSON.readTree(MomentFile.toJson(richMoment()));
        assertThat(root.get("format").asText()).isEqualTo("infraviz-moment/1");
        assertThat(root.get("topology").get("hosts").get(0).get("id").asText()).isEqualTo("lb-01");
        assertThat(root.get("topology").get("entry").asText()).isEqualTo("lb-01.haproxy");
        assertThat(root.get("settings").get("lb").get("interMs").asInt()).isEqualTo(2000);
        assertThat(root.get("seed").asLong()).isEqualTo(1);
        assertThat(root.get("actions").get(0).get("at_us").asLong()).isZero();
        assertThat(root.get("actions").get(0).get("fault").asText()).isEqualTo("kill:web-02");
        assertThat(root.get("actions").get(2).get("settings").get("lb").get("algorithm").asText())
                .isEqualTo("LEAST_CONNECTIONS");
        assertThat(root.get("time_us").asLong()).isEqualTo(7_250_000);
    }

    @Test
    void missingSettingsFieldsTakeThePresetValues() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(MomentFile.toJson(richMoment()));
        ((ObjectNode) root.get("settings")).remove("capacity");
        Moment back = MomentFile.fromJson(root.toString(), "old.png");
        assertThat(back.settings().capacity()).isEqualTo(Preset.CLASSROOM.settings().capacity());
    }

    @Test
    void brokenJsonNamesTheSourceLineAndColumn() {
        String json = MomentFile.toJson(richMoment());
        String broken = json.replaceFirst("\"seed\" : 1", "\"seed\" : 1,,");
        assertThatThrownBy(() -> MomentFile.fromJson(broken, "shot.png"))
                .isInstanceOf(MomentFile.BadMomentFile.class)
                .hasMessageStartingWith("shot.png at line ")
                .hasMessageContaining("column");
    }

    @Test
    void eachProblemIsNamedWithItsField() throws Exception {
        String good = MomentFile.toJson(richMoment());
        expectProblem(good.replace("infraviz-moment/1", "infraviz-moment/9"), "field format", "infraviz-moment/9");
        expectProblem(good.replace("\"kill:web-02\"", "\"kill:nope\""), "field actions[0].fault", "nope");
        expectProblem(good.replace("\"kill:web-02\"", "\"explode:web-02\""), "field actions[0].fault", "explode");
        expectProblem(good.replace("\"time_us\" : 7250000", "\"time_us\" : -5"), "field time_us", "from 0 to 24 h");
        expectProblem(good.replace("\"seed\" : 1", "\"seed\" : \"one\""), "field seed", "whole number");
        expectProblem(good.replace("\"interMs\" : 2000", "\"interMs\" : 0"), "field settings.lb", "inter");
        expectProblem(good.replace("\"role\" : \"database\"", "\"role\" : \"teapot\""), "field topology", "teapot");
        expectProblem(good.replace("\"time_us\"", "\"colour\" : 1, \"time_us\""), "field colour", "unknown field");
        ObjectNode noTopology = (ObjectNode) JSON.readTree(good);
        noTopology.remove("topology");
        expectProblem(noTopology.toString(), "field topology", "missing");
        expectProblem("[1, 2]", "shot.png", "expected a JSON object");
        expectProblem("", "shot.png", "empty");
    }

    private static void expectProblem(String json, String where, String problem) {
        assertThatThrownBy(() -> MomentFile.fromJson(json, "shot.png"))
                .isInstanceOf(MomentFile.BadMomentFile.class)
                .hasMessageStartingWith("shot.png")
                .hasMessageContaining(where)
                .hasMessageContaining(problem);
    }
}
