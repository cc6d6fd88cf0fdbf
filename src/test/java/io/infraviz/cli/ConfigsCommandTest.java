package io.infraviz.cli;

import io.infraviz.scenario.Stages;
import io.infraviz.scenario.TopologyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code configs}: every stage and a topology file, the settings options, and --force. */
class ConfigsCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Stages.class)
    void everyStageIsWrittenWithItsReadme(Stages stage) throws Exception {
        Path out = tmp.resolve(stage.code());
        CliRun run = CliRun.of("configs", "--stage", stage.code(), "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Wrote ").endsWith(" files to " + out + " (start with its README.md)\n");
        assertThat(Files.readString(out.resolve("README.md"))).contains("design \"" + stage.code() + "\"");
    }

    @Test
    void aTopologyFileAndTheSettingsOptionsShapeTheFiles() throws Exception {
        Path file = tmp.resolve("mine.json");
        TopologyFile.write(Stages.DISTRIBUTED.topology(), file);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("configs", "--topology", file.toString(), "--out", out.toString(), "--algorithm", "leastconn",
                "--mode", "active-passive", "--check", "tcp", "--redispatch", "--fall", "5", "--https", "on", "--firewall", "on");
        assertThat(run.err()).isEmpty();
        String cfg = Files.readString(out.resolve("lb-01/haproxy.cfg"));
        assertThat(cfg).contains("    balance leastconn\n", "    option redispatch\n", "    bind :443 ssl crt ",
                "    server web-02 10.0.0.12:80 check inter 2000 fall 5 rise 2 weight 1 backup\n").doesNotContain("httpchk");
        assertThat(out.resolve("web-02/ufw.sh")).exists();
    }

    @Test
    void forceReplacesAnEarlierExportButNeverAFolderOfOneselfs() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        for (CliRun refused : List.of(CliRun.of("configs", "--out", mine.toString()),
                CliRun.of("configs", "--out", mine.toString(), "--force"))) {
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err()).contains("holds no earlier export").doesNotContain("--force");
        }
        assertThat(mine.resolve("notes.txt")).hasContent("mine");

        Path out = tmp.resolve("out");
        assertThat(CliRun.of("configs", "--out", out.toString()).code()).isZero();
        Files.writeString(out.resolve("lb-01/haproxy.cfg"), "edited by hand");
        CliRun again = CliRun.of("configs", "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("use --force");
        assertThat(CliRun.of("configs", "--out", out.toString(), "--force").code()).isZero();
        assertThat(out.resolve("lb-01/haproxy.cfg")).content().startsWith("#");
    }
}
