package io.infraviz.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of bad files and command lines under {@code src/test/resources/bad/}: each {@code NAME.args}
 * is a command line (one argument a line; {@code {dir}} stands for the case's folder, so a case can name
 * a bad file beside it) and {@code NAME.err} the exact message it must print. Every case must exit with
 * 2, print nothing on standard output and that one message on standard error: no stack trace, nothing
 * half-done.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".args")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBadInputGetsItsOneLineMessageAndExitCodeTwo(Path argsFile) throws IOException {
        String dir = argsFile.getParent().toAbsolutePath().toString();
        List<String> args = Files.readAllLines(argsFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.replace("{dir}", dir))
                .toList();
        Path errFile = Path.of(argsFile.toString().replaceFirst("\\.args$", ".err"));
        String expected = Files.readString(errFile, StandardCharsets.UTF_8).strip().replace("{dir}", dir);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.err().strip()).as("standard error of %s", args).isEqualTo(expected);
        assertThat(run.out()).as("standard output of %s", args).isEmpty();
        assertThat(run.code()).as("exit code of %s", args).isEqualTo(2);
    }
}
