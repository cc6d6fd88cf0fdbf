package io.infraviz.bench;

import io.infraviz.cli.CliRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full benchmark (about two minutes; needs a display for frames and start-up). Tagged
 * "bench", so the normal test run leaves it out; run it with
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" mvn test -DexcludedTestGroups= -Dgroups=bench}
 * (the README's {@code mvn -Pbench package} runs the same benchmark next to the product jar).
 * It writes the table to {@code target/bench.txt} and checks that every part produced figures;
 * whether the targets are met is in the table, for people to read.
 */
@Tag("bench")
class BenchRunTest {
    @Test
    void fullRun() throws Exception {
        CliRun r = BenchRun.of("--format", "table");
        System.out.println(r.out());
        assertThat(r.code()).as(r.err()).isZero();
        Files.writeString(Path.of("target", "bench.txt"), r.out());
        assertThat(r.out()).contains("engine").contains("export").contains("memory").contains("targets");
    }
}
