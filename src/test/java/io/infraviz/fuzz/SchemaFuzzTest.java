package io.infraviz.fuzz;

import io.infraviz.export.MomentFile;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Preset;
import io.infraviz.scenario.JsonInput;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.SchemaDoc;
import io.infraviz.scenario.Stages;
import io.infraviz.scenario.TopologyFile;
import io.infraviz.scenario.lesson.ScenarioFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas are never stricter than the app: of many mutated copies of valid files (a fixed
 * number, from fixed seeds), each one a loader takes validates against its format's schema. (The
 * other way, that the schema refuses what the loader refuses, is checked on the bad-file corpora by
 * the *SchemaTest classes, where each exception is listed with its reason.)
 */
class SchemaFuzzTest {
    private static final int MUTANTS = 400;

    /** Reads the bytes as the app does; false when it refuses them. */
    private interface Loader {
        boolean takes(byte[] bytes) throws Exception;
    }

    @Test
    void everyMutatedTopologyTheLoaderTakesValidates() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        Path f = Files.createTempFile("stage", ".json");
        try {
            for (Stages s : Stages.values()) {
                TopologyFile.write(s.topology(), f);
                seeds.add(Files.readAllBytes(f));
            }
        } finally {
            Files.delete(f);
        }
        check("topology.schema.json", seeds, bytes -> {
            try {
                TopologyFile.fromTree(JsonInput.parse(bytes, "t.json"), "");
                return true;
            } catch (JsonInput.BadJson | TopologyFile.BadTopologyFile e) {
                return false;
            }
        });
    }

    @Test
    void everyMutatedLessonTheLoaderTakesValidates() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (String name : ScenarioFile.builtInNames()) {
            seeds.add(Files.readAllBytes(Path.of("assets/scenarios", name + ".json")));
        }
        Path f = Files.createTempFile("lesson", ".json");
        try {
            check("lesson.schema.json", seeds, bytes -> {
                Files.write(f, bytes);
                try {
                    ScenarioFile.read(f);
                    return true;
                } catch (ScenarioFile.BadScenario e) {
                    return false;
                }
            });
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void everyMutatedSavedRunTheLoaderTakesValidates() throws Exception {
        Moment m = new Moment(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 3, List.of(), 0)
                .with(Moment.Action.fault(1_000_000, new Fault(FaultAction.HANG, "web-02.app")))
                .with(Moment.Action.settings(2_000_000, Preset.REALISTIC.settings()))
                .at(4_000_000);
        check("run.schema.json", List.of(MomentFile.toJson(m).getBytes(StandardCharsets.UTF_8)), bytes -> {
            try {
                MomentFile.fromDocument(JsonInput.parse(bytes, "run.json"));
                return true;
            } catch (JsonInput.BadJson | MomentFile.BadMomentFile e) {
                return false;
            }
        });
    }

    private static void check(String schemaName, List<byte[]> seeds, Loader loader) throws Exception {
        SchemaDoc schema = SchemaDoc.named(schemaName);
        int taken = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] seed = seeds.get(i % seeds.size());
            Mutator.Mutant m = new Mutator(i).mutate(seed);
            if (!loader.takes(m.bytes())) {
                continue;
            }
            taken++;
            SchemaDoc.Check c = schema.check(m.bytes());
            assertThat(c.verdict()).as("mutant %d of seed %d (%s): the loader takes it, %s says %s", i, i % seeds.size(),
                    m.how(), schemaName, c.details()).isEqualTo(SchemaDoc.Verdict.ACCEPTED);
        }
        // some mutants must get through, or this test checks nothing
        assertThat(taken).as("mutants the loader took").isGreaterThanOrEqualTo(10);
    }
}
