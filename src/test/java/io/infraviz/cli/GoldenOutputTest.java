package io.infraviz.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact output of {@code simulate} for a few fixed seeds, compared with files kept in the repository, so
 * that any change to what a run produces is seen in review, not only a difference between two runs in one JVM.
 * After a deliberate change, rewrite the files with {@code mvn test -Dtest=GoldenOutputTest -Dgolden.update=true}
 * and say in the commit why the output changed.
 */
class GoldenOutputTest {

    private static final Path DIR = Path.of("src/test/resources/golden");

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("classroom-seed1.csv", new String[] {"--requests", "60", "--format", "csv"}),
                Arguments.of("realistic-faults-seed42.csv", new String[] {"--preset", "realistic", "--requests",
                        "400", "--rate", "200", "--seed", "42", "--event", "@60:kill:web-02.nginx",
                        "--event", "@150:hang:web-01.app", "--event", "@220:heal:web-01.app",
                        "--event", "@260:revive:web-02.nginx", "--event", "900:cut:web-01.mysql->web-02.mysql",
                        "--format", "csv"}),
                Arguments.of("primary-dies-seed7.json", new String[] {"--preset", "realistic", "--requests", "300",
                        "--rate", "100", "--seed", "7", "--event", "@40:cut:web-01.mysql->web-02.mysql",
                        "--event", "@80:kill:web-01.mysql",
                        "--event", "@160:promote:web-02.mysql", "--format", "json"}),
                Arguments.of("leastconn-error-seed3.json", new String[] {"--algorithm", "leastconn", "--check", "http",
                        "--requests", "200", "--seed", "3", "--event", "@40:error:web-02.app",
                        "--event", "@120:heal:web-02.app", "--redispatch", "--format", "json"}),
                Arguments.of("active-passive-secured-seed5.json", new String[] {"--stage", "secured", "--mode",
                        "active-passive", "--attacker", "--requests", "150", "--seed", "5",
                        "--event", "@50:kill:web-01", "--event", "@100:revive:web-01", "--format", "json"}),
                Arguments.of("scaled-table-seed9.txt", new String[] {"--stage", "scaled", "--requests", "120",
                        "--seed", "9", "--event", "@30:kill:lb-01", "--format", "table"}),
                Arguments.of("lesson-replication-cut.txt", new String[] {"--scenario", "replication-cut"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void outputMatchesTheKeptFile(String file, String[] options) throws IOException {
        String[] args = new String[options.length + 1];
        args[0] = "simulate";
        System.arraycopy(options, 0, args, 1, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.err()).as("stderr of %s", file).isEmpty();
        Path kept = DIR.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(kept, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).as("output of simulate %s (kept in %s)", String.join(" ", options), kept)
                .isEqualTo(Files.readString(kept, StandardCharsets.UTF_8));
    }
}
