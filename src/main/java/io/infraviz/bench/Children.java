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
}
