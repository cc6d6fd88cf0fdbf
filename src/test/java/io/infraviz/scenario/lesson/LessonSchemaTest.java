package io.infraviz.scenario.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.model.Preset;
import io.infraviz.scenario.CorpusAgreement;
import io.infraviz.scenario.CorpusAgreement.Beyond;
import io.infraviz.scenario.JsonShape;
import io.infraviz.scenario.SchemaDoc;
import io.infraviz.scenario.SchemaDoc.Verdict;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/lesson.schema.json: its enums, settings and limits are the code's, every built-in lesson
 * and the example of docs/scenarios.md validate, the loader and the schema take the same bounds
 * of every setting, and the schema refuses what the loader refuses in the bad-lesson corpus,
 * except the files listed below with the reason no schema can refuse them.
 */
class LessonSchemaTest {
    private static final List<Object> STAGES = withNull(Arrays.stream(Stages.values()).map(Stages::code).toList());
    private static final List<Object> PRESETS = withNull(Arrays.stream(Preset.values()).map(Preset::code).toList());
    static final SchemaDoc SCHEMA = SchemaDoc.named("lesson.schema.json")
            .part("/properties/stage/enum", STAGES)
            .part("/properties/preset/enum", PRESETS)
            .part("/$defs/settings", LessonSchemaParts.settings())
            .part("/$defs/action/properties/action/anyOf", LessonSchemaParts.actions())
            .part("/$defs/condition/pattern", Condition.grammar())
            .part("/properties/steps/maxItems", LessonLimits.MAX_STEPS)
            .part("/properties/questions/maxItems", LessonLimits.MAX_QUESTIONS)
            .part("/$defs/step/properties/wait_seconds/maximum", LessonLimits.MAX_STEP_SECONDS)
            .part("/$defs/step/properties/timeout_seconds/maximum", LessonLimits.MAX_STEP_SECONDS)
            .part("/$defs/action/properties/after/maximum", LessonLimits.MAX_STEP_SECONDS)
            .part("/properties/version/maximum", JsonShape.CURRENT_VERSION);

    /** The bad lessons no schema can refuse, and why. */
    static final Map<String, Beyond> BEYOND = Map.ofEntries(
            entry("infinity-literal.json", Beyond.notJson("Infinity is not JSON")),
            entry("trailing-garbage.json", Beyond.notJson("text after the document is a JSON syntax error")),
            entry("condition-unknown-database.json",
                    Beyond.schemaCannotSay("which databases exist depends on the lesson's stage: a cross-reference")),
            entry("weight-unknown-server.json", Beyond.schemaCannotSay("which servers the load balancer has depends on the stage")),
            entry("share-unknown-server.json", Beyond.schemaCannotSay("which servers the load balancer has depends on the stage")));

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEnumsSettingsAndLimitsAreTheCodes() throws Exception {
        SCHEMA.assertUpToDateAndValid();
    }

    @TestFactory
    List<DynamicTest> everyBuiltInLessonValidates() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : SchemaDoc.files(Path.of("assets/scenarios"), ".json")) {
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                ScenarioFile.read(f);
                SCHEMA.assertValid(f.toString(), JSON.readTree(f.toFile()));
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(ScenarioFile.builtInNames().size());
        return tests;
    }

    @Test
    void theExampleOfTheGuideValidates() throws Exception {
        String guide = Files.readString(Path.of("docs/scenarios.md"), StandardCharsets.UTF_8);
        int at = guide.indexOf("```json", guide.indexOf("## A small example"));
        String example = guide.substring(at + "```json".length(), guide.indexOf("```", at + 1));
        ScenarioFile.parse(example, "the guide's example");
        SCHEMA.assertValid("the guide's example", JSON.readTree(example));
    }

    @Test
    void aLessonThatNamesItsSchemaIsReadAndStillValidates() throws Exception {
        ObjectNode lesson = lesson(JSON.createObjectNode());
        lesson.put("$schema", "../docs/lesson.schema.json");
        ScenarioFile.parse(lesson.toString(), "named.json");
        SCHEMA.assertValid("a lesson with $schema", lesson);
    }

    @Test
    void aConditionNotInTheLanguageIsRefusedByBoth() throws Exception {
        ObjectNode lesson = lesson(JSON.createObjectNode());
        ((ObjectNode) lesson.get("steps").get(0)).putArray("expect").add("the site is fast");
        assertThatThrownBy(() -> ScenarioFile.parse(lesson.toString(), "c.json")).hasMessageContaining("the site is fast");
        assertThat(SCHEMA.check(lesson).verdict()).isEqualTo(Verdict.REFUSED);
        ((ObjectNode) lesson.get("steps").get(0)).putArray("expect").add("most writes fail").add("web-02 is DOWN")
                .add("the eavesdropper sees only ciphertext");
        ScenarioFile.parse(lesson.toString(), "c.json");
        SCHEMA.assertValid("conditions of three forms", lesson);
    }

    /**
     * At each bound the schema gives a setting (its smallest and largest value, every word it
     * offers), the loader agrees: it takes the bound and refuses just past it, as the schema does.
     */
    @TestFactory
    List<DynamicTest> theLoaderAndTheSchemaTakeTheSameSettings() throws Exception {
        JsonNode settings = JSON.readTree(SCHEMA.file().toFile()).at("/$defs/settings/properties");
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = settings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> s = it.next();
            JsonNode rule = s.getValue();
            String key = s.getKey();
            for (JsonNode word : rule.path("enum")) {
                tests.add(both(key, word, true));
            }
            double step = rule.path("type").asText().equals("integer") ? 1 : 0.5;
            if (rule.has("minimum")) {
                tests.add(both(key, rule.get("minimum"), true));
                tests.add(both(key, JSON.valueToTree(rule.get("minimum").asDouble() - step), false));
            }
            if (rule.has("exclusiveMinimum")) {
                tests.add(both(key, rule.get("exclusiveMinimum"), false));
            }
            if (rule.has("maximum")) {
                tests.add(both(key, rule.get("maximum"), true));
                tests.add(both(key, JSON.valueToTree(rule.get("maximum").asDouble() + step), false));
            }
            if (rule.path("type").asText().equals("boolean")) {
                tests.add(both(key, JSON.valueToTree(true), true));
                tests.add(both(key, JSON.valueToTree("yes"), false));
            }
        }
        return tests;
    }

    private static DynamicTest both(String key, JsonNode value, boolean taken) {
        return DynamicTest.dynamicTest(key + " = " + value + (taken ? " is taken" : " is refused"), () -> {
            ObjectNode lesson = lesson(JSON.createObjectNode().set(key, value));
            if (taken) {
                assertThatCode(() -> ScenarioFile.parse(lesson.toString(), "setting.json")).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> ScenarioFile.parse(lesson.toString(), "setting.json"))
                        .isInstanceOf(ScenarioFile.BadScenario.class);
            }
            assertThat(SCHEMA.check(lesson).verdict()).as("the schema on %s", lesson)
                    .isEqualTo(taken ? Verdict.ACCEPTED : Verdict.REFUSED);
        });
    }

    @TestFactory
    List<DynamicTest> theSchemaRefusesWhatTheLoaderRefuses() throws Exception {
        return CorpusAgreement.cases(SCHEMA, Path.of("src/test/resources/bad/lesson"), ScenarioFile::read,
                ScenarioFile.BadScenario.class, BEYOND);
    }

    /** The smallest lesson, with these settings. */
    private static ObjectNode lesson(ObjectNode settings) {
        ObjectNode l = JSON.createObjectNode().put("name", "t").put("title", "A test");
        l.set("settings", settings);
        l.putArray("steps").addObject().put("narration", "Watch.").put("wait_seconds", 1);
        return l;
    }

    private static List<Object> withNull(List<String> words) {
        List<Object> out = new ArrayList<>(words);
        out.add(null);
        return out;
    }
}
