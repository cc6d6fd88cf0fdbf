package io.infraviz.scenario;

import io.infraviz.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict reader every loader shares, and the topology limits it makes cheap to enforce. */
public class JsonInputTest {

    @Test
    void aTopologyWithAByteOrderMarkAndVersionOneIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.json");
        TopologyFile.write(Stages.DISTRIBUTED.topology(), f);
        assertThat(Files.readString(f)).contains("\"version\" : 1");
        byte[] body = Files.readAllBytes(f);
        byte[] withBom = new byte[body.length + 3];
        System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        assertThat(TopologyFile.read(f).components()).isEqualTo(Stages.DISTRIBUTED.topology().components());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge.json");
        Files.write(f, new byte[JsonInput.MAX_BYTES + 1]);
        assertThatThrownBy(() -> JsonInput.read(f)).hasMessage(f + ": the file is 1000001 bytes; the limit is 1000000 bytes (1 MB)");
    }

    @Test
    void aFolderOrAMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> JsonInput.read(dir.resolve("none.json"))).hasMessage(dir.resolve("none.json") + ": no such file");
        assertThatThrownBy(() -> JsonInput.read(dir)).hasMessage(dir + ": is a folder, not a file");
    }

    @Test
    void badUtf8IsReportedWithItsLine() {
        byte[] text = "{\n\"name\": \"caf\u00e9\"\n}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> JsonInput.parse(text, "latin1.json")).hasMessageStartingWith("latin1.json at line 2: not UTF-8");
    }

    /** The JSON library's complaints, in a person's words: no feature names, no token lists, no character codes. */
    @ParameterizedTest
    @MethodSource("badJson")
    void parserComplaintsAreInPlainWords(String json, String expected) {
        assertThatThrownBy(() -> JsonInput.parse(json, "x.json")).hasMessageStartingWith("x.json at line ")
                .hasMessageContaining(": not valid JSON: " + expected).hasMessageNotContaining("code ").hasMessageNotContaining("token");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badJson() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("{\"a\": 1 // why\n}", "comments (// or /* */) are not allowed"),
                org.junit.jupiter.params.provider.Arguments.of("{\"a\": \"x" + (char) 1 + "y\"}", "a control character inside text"),
                org.junit.jupiter.params.provider.Arguments.of("{\"a\": #}", "'#' where a value should be (text in double quotes, a number, "
                        + "true, false, null, a list or an object)"),
                org.junit.jupiter.params.provider.Arguments.of("{a: 1}", "'a' where a field name in double quotes should be"),
                org.junit.jupiter.params.provider.Arguments.of("{\"a\": 1 \"b\": 2}", "'\"' where a comma or the closing } should be"),
                org.junit.jupiter.params.provider.Arguments.of("[1 2]", "'2' where a comma or the closing ] should be"));
    }

    @Test
    void aTopologyAtTheHostLimitLoadsQuickly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.json");
        Files.writeString(f, bigTopology(TopologyChecks.MAX_HOSTS - 2));
        long start = System.nanoTime();
        Topology t = TopologyFile.read(f);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(t.hosts()).hasSize(TopologyChecks.MAX_HOSTS);
        assertThat(ms).as("milliseconds to load %d hosts", TopologyChecks.MAX_HOSTS).isLessThan(10_000);
        Files.writeString(f, bigTopology(TopologyChecks.MAX_HOSTS - 1));
        assertThatThrownBy(() -> TopologyFile.read(f)).hasMessageContaining("(field hosts): 201 hosts; a topology may have at most 200");
    }

    /** A load balancer, a database and {@code webs} web hosts behind it. */
    public static String bigTopology(int webs) {
        StringBuilder hosts = new StringBuilder();
        StringBuilder links = new StringBuilder("{\"from\": \"users\", \"to\": \"dns\", \"purpose\": \"dns\"},"
                + "{\"from\": \"users\", \"to\": \"lb.haproxy\", \"purpose\": \"http\"}");
        StringBuilder backends = new StringBuilder();
        for (int i = 0; i < webs; i++) {
            String h = "web-" + i;
            hosts.append(",{\"id\": \"").append(h).append("\", \"components\": [{\"id\": \"").append(h)
                    .append(".nginx\", \"role\": \"web_server\"}, {\"id\": \"").append(h).append(".app\", \"role\": \"app_server\"}]}");
            links.append(",{\"from\": \"lb.haproxy\", \"to\": \"").append(h).append(".nginx\", \"purpose\": \"http\"}")
                    .append(",{\"from\": \"").append(h).append(".nginx\", \"to\": \"").append(h).append(".app\", \"purpose\": \"http\"}")
                    .append(",{\"from\": \"").append(h).append(".app\", \"to\": \"db.mysql\", \"purpose\": \"database\"}");
            backends.append(i == 0 ? "" : ",").append("{\"name\": \"").append(h).append("\", \"server\": \"").append(h).append(".nginx\"}");
        }
        return "{\"version\": 1, \"name\": \"big\", \"internet\": [{\"id\": \"users\", \"role\": \"client\"}, {\"id\": \"dns\", \"role\": \"dns\"}],"
                + "\"hosts\": [{\"id\": \"lb\", \"components\": [{\"id\": \"lb.haproxy\", \"role\": \"load_balancer\"}]},"
                + "{\"id\": \"db\", \"components\": [{\"id\": \"db.mysql\", \"role\": \"database\"}]}" + hosts + "],"
                + "\"links\": [" + links + "], \"clients\": [{\"name\": \"alice\", \"ip\": \"198.51.100.23\"}],"
                + "\"entry\": \"lb.haproxy\", \"backends\": [" + backends + "], \"primary\": \"db.mysql\"}";
    }
}
