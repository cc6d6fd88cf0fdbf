package io.infraviz.scenario.lesson;

import io.infraviz.model.Topology;
import io.infraviz.scenario.ExampleDesigns;
import io.infraviz.scenario.TopologyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A lesson on a design a person drew (saved as a topology file) instead of its stage: it runs
 * when the parts it names are in the design, and is refused, at the step's field and naming the
 * design, when one is not.
 */
class LessonOnDesignTest {
    /** A lesson about the third web server, which the built-in stages do not have. */
    private static final String THIRD_SERVER = """
            {
              "name": "third-server",
              "title": "The third web server dies",
              "settings": { "rate": 4 },
              "steps": [
                { "narration": "Three web servers share the requests.", "highlight": ["web-03"], "wait_seconds": 10,
                  "expect": ["all requests succeed"] },
                { "narration": "web-03's Nginx stops.",
                  "actions": [{ "action": "kill", "target": "web-03.nginx" }],
                  "until": "web-03 is DOWN", "timeout_seconds": 30,
                  "expect": ["web-03 is DOWN"] }
              ]
            }
            """;

    @Test
    void aLessonNamingPartsOfTheDesignRunsOnIt(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("three.json");
        TopologyFile.write(ExampleDesigns.THREE_WEB.topology(), design);
        Path file = dir.resolve("third.json");
        Files.writeString(file, THIRD_SERVER);

        Lesson l = ScenarioFile.read(file, TopologyFile.read(design));
        assertThat(l.topology().name()).isEqualTo("three-web");
        List<ScenarioRunner.StepResult> results = ScenarioRunner.run(l, 1);
        assertThat(results).allMatch(ScenarioRunner.StepResult::passed);
        // on its own stage (distributed: two web servers) the same file is refused
        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(ScenarioFile.BadScenario.class)
                .hasMessageContaining("(field steps[0].highlight)");
    }

    @Test
    void aLessonNamingAPartTheDesignLacksIsRefusedAtTheStep(@TempDir Path dir) throws Exception {
        Topology central = ExampleDesigns.CENTRAL_STORAGE.topology();
        Path file = dir.resolve("third.json");
        Files.writeString(file, THIRD_SERVER.replace("\"highlight\": [\"web-03\"], ", ""));
        assertThatThrownBy(() -> ScenarioFile.read(file, central)).isInstanceOf(ScenarioFile.BadScenario.class)
                .hasMessage(file + " at line 9, column 39 (field steps[1].actions[0].target): unknown component,"
                        + " host or link 'web-03.nginx' (the lesson runs on the design 'central-storage')");
    }

    @Test
    void aBuiltInLessonRunsOnADesignThatHasItsParts() throws Exception {
        Lesson own = ScenarioFile.builtIn("nginx-dies");
        Lesson onDesign = ScenarioFile.load("nginx-dies", ExampleDesigns.THREE_WEB.topology());
        assertThat(onDesign.topology().name()).isEqualTo("three-web");
        assertThat(onDesign.steps()).hasSameSizeAs(own.steps());
        assertThatThrownBy(() -> ScenarioFile.load("equal-web-servers", ExampleDesigns.THREE_WEB.topology()))
                .isInstanceOf(ScenarioFile.BadScenario.class)
                .hasMessage("lesson equal-web-servers: steps[2].highlight: unknown component, host or link"
                        + " 'web-01.mysql' (the lesson runs on the design 'three-web')");
    }
}
