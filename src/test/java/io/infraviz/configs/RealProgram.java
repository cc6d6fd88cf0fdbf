package io.infraviz.configs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real program the generated files are checked with (haproxy, nginx, keepalived, mariadbd, bash),
 * found on the PATH or in the sbin folders; a test that needs a missing one is skipped, saying how
 * to install it (.ci/run installs them all).
 */
final class RealProgram {
    /** The Debian package of each program. */
    private static final String PACKAGES = "haproxy, nginx, keepalived, mariadb-server-core";

    private RealProgram() {
    }

    /** The program's path, or the test is skipped with a message saying what to install. */
    static Path require(String name) {
        Optional<Path> found = find(name);
        assumeTrue(found.isPresent(), name + " is not installed, so the generated files are not checked by it "
                + "(apt-get install " + PACKAGES + "; .ci/run does)");
        return found.get();
    }

    static Optional<Path> find(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"));
        return dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }

    /** What a finished program said. */
    record Result(int code, String output) {
    }

    /** Runs a command to its end (at most {@code seconds}), its output and errors together. */
    static Result run(long seconds, List<String> command) {
        try {
            Path log = Files.createTempFile("infraviz-check-", ".log");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    fail(command + " did not finish within " + seconds + " s: " + Files.readString(log));
                }
                return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }
}
