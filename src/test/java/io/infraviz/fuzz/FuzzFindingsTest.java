package io.infraviz.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.export.MomentFile;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.Stages;
import io.infraviz.scenario.TopologyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the loader fuzzing found that loaded and then crashed the run built from it: now refused. */
class FuzzFindingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTopologyClientWithoutAnAddressIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.json");
        TopologyFile.write(Stages.DISTRIBUTED.topology(), file);
        ObjectNode tree = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) tree.withArray("clients").get(0)).remove("ip");
        Files.writeString(file, tree.toString());
        assertThatThrownBy(() -> TopologyFile.read(file)).isInstanceOf(TopologyFile.BadTopologyFile.class)
                .hasMessageStartingWith(file + " at line 1, column ").hasMessageEndingWith("(field clients[0].ip): missing");
    }

    @Test
    void aSavedRunWithANullSettingIsRefused() throws Exception {
        var t = Stages.DISTRIBUTED.topology();
        ObjectNode tree = (ObjectNode) JSON.readTree(MomentFile.toJson(
                new Moment(t, Preset.CLASSROOM.settings().forTopology(t), 7, List.of(), 0)));
        ((ObjectNode) tree.get("settings").get("lb")).putNull("algorithm");
        assertThatThrownBy(() -> MomentFile.fromJson(tree.toString(), "run.json"))
                .isInstanceOf(MomentFile.BadMomentFile.class)
                .hasMessageStartingWith("run.json at line 1, column ").hasMessageEndingWith("(field settings.lb.algorithm): must not be null");
    }
}
