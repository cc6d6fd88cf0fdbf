package io.infraviz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes the class list from which {@code mvn package} makes the class-data archive
 * ({@code target/infraviz.jsa}, see pom.xml): the classes the app loads up to its first frame and
 * in the few seconds after it (the side tabs, charts and log built then, the first ticks of the
 * simulation), as Java's {@code -XX:DumpLoadedClassList} records them, without the benchmark's own
 * classes and the runtime's generated proxies (which an archive cannot hold). Needs a display:
 * <pre>
 * xvfb-run -a java -cp target/infraviz.jar:target/test-classes io.infraviz.bench.ClassList src/build/cds/infraviz.classlist
 * </pre>
 */
public final class ClassList {
    /** How long the app runs after its first frame while its classes are recorded. */
    private static final long LINGER_MS = 4000;

    private ClassList() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: ClassList OUTPUT_FILE");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Path raw = Files.createTempFile("infraviz", ".classlist");
        Path config = Files.createTempDirectory("infraviz-classlist-config");
        List<String> cmd = new ArrayList<>(Children.javaCommand());
        cmd.add("-XX:DumpLoadedClassList=" + raw);
        cmd.add("-D" + io.infraviz.ui.ConfigFolder.PROPERTY + "=" + config);
        cmd.add("-D" + StartupProbe.LINGER_PROPERTY + "=" + LINGER_MS);
        cmd.add(StartupProbe.class.getName());
        cmd.add("app");
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            System.err.println("the app did not start and end as expected; no class list written");
            System.exit(1);
        }
        List<String> kept = new ArrayList<>();
        kept.add("# Classes InfraViz loads up to its first frame and in the seconds after it, from which");
        kept.add("# `mvn package` makes target/infraviz.jsa (class-data sharing: the app opens faster).");
        kept.add("# Written by io.infraviz.bench.ClassList (see the README's Performance section); a class");
        kept.add("# listed here that no longer exists is skipped, so a stale list only costs speed.");
        for (String line : Files.readAllLines(raw, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.contains("io/infraviz/bench/") && !line.contains("$Proxy")) {
                kept.add(line);
            }
        }
        Files.write(out, kept, StandardCharsets.UTF_8);
        Files.delete(raw);
        System.out.println("wrote " + (kept.size() - 4) + " classes to " + out);
    }
}
