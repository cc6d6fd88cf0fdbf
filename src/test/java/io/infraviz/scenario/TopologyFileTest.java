package io.infraviz.scenario;

import io.infraviz.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopologyFileTest {

    @Test
    void writtenTopologyReadsBackTheSame(@TempDir Path dir) throws Exception {
        Topology t = Stages.DISTRIBUTED.topology();
        Path f = dir.resolve("t.json");
        TopologyFile.write(t, f);
        Topology back = TopologyFile.read(f);
        assertThat(back.components()).isEqualTo(t.components());
        assertThat(back.links()).isEqualTo(t.links());
        assertThat(back.hosts()).isEqualTo(t.hosts());
        assertThat(back.backends()).isEqualTo(t.backends());
        assertThat(back.entryPoint()).isEqualTo(t.entryPoint());
        assertThat(back.primaryDatabase()).isEqualTo(t.primaryDatabase());
        assertThat(back.clients()).isEqualTo(t.clients());
    }

    @Test
    void unknownComponentInALinkIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.json");
        TopologyFile.write(Stages.DISTRIBUTED.topology(), f);
        Files.writeString(f, Files.readString(f).replace("\"to\" : \"web-02.mysql\"", "\"to\" : \"web-03.mysql\""));
        assertThatThrownBy(() -> TopologyFile.read(f)).isInstanceOf(TopologyFile.BadTopologyFile.class)
                .hasMessageContaining("t.json").hasMessageContaining("unknown component 'web-03.mysql'");
    }

    @Test
    void unknownFieldIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.json");
        Files.writeString(f, "{\"name\": \"x\", \"colour\": \"red\"}");
        assertThatThrownBy(() -> TopologyFile.read(f)).hasMessageContaining("colour").hasMessageContaining("line 1");
    }
}
