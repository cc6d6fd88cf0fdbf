package io.infraviz.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting fresh JVMs on this program's class path. */
final class Children {
    private Children() {
    }

    /** {@code java -cp <this class path>}, with the same Java. */
    static List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"));
    }

    /**
     * The class-data archive {@code mvn package} made beside the product jar on this class path
     * ({@code target/infraviz.jsa}), if there is one.
     */
    static java.util.Optional<Path> classDataArchive() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName() != null && p.getFileName().toString().equals(JAR)) {
                Path archive = p.resolveSibling(ARCHIVE);
                return java.nio.file.Files.isRegularFile(archive) ? java.util.Optional.of(archive) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** The product jar's and its class-data archive's file names (pom.xml makes both). */
    static final String JAR = "infraviz.jar";
    static final String ARCHIVE = "infraviz.jsa";

    /** Kills the child if it still runs after {@code seconds} (so a stuck child cannot hang the benchmark). */
    static void watchdog(Process p, long seconds) {
        Thread t = new Thread(() -> {
            try {
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }, "bench-watchdog");
        t.setDaemon(true);
        t.start();
    }

    /** Ends a child (if still running) and waits for it. */
    static void end(Process p) {
        if (p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    /**
     * Starts a child JVM and reads its output until a line starts with {@code mark}; returns the
     * rest of that line. Ends the child either way.
     *
     * @param what names the child in the error raised when it never prints the mark
     */
    static String runUntilMark(List<String> cmd, String mark, String what) {
        java.lang.Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start a Java process: " + e.getMessage(), e);
        }
        watchdog(p, 120);
        StringBuilder seen = new StringBuilder();
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(mark)) {
                    return line.substring(mark.length()).trim();
                }
                if (seen.length() < 2000) {
                    seen.append(line).append('\n');
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("lost the output of " + what + ": " + e.getMessage(), e);
        } finally {
            end(p);
        }
        throw new IllegalStateException(what + " failed; it said:\n" + seen);
    }
}
