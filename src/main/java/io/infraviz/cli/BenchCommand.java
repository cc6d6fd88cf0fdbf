package io.infraviz.cli;

import io.infraviz.bench.Bench;
import io.infraviz.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code bench}: measures the engine, frames, start-up, export and memory, each next to its floor
 * (a bare program doing the least possible version of the same work). Results on standard output,
 * progress on standard error.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures speed against floors: engine hops per second, frame paint times and frames per second"
                + " with 100, 1,000 and 5,000 requests in flight, start-up time, PNG export time, memory.",
                "Frames and start-up open real windows and need a display (Xvfb will do); without one they are skipped"
                        + " with a message. A full run takes about two minutes; progress goes to standard error."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Measure only these: engine, frames, startup, export, memory (repeatable or comma-separated).")
    List<String> only;

    @Option(names = "--format", paramLabel = "json|table", defaultValue = "table",
            description = "Output format (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--quick", description = "Tiny sizes: a smoke run that exercises every measurement in seconds;"
            + " the figures mean nothing.")
    boolean quick;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("table")) {
            throw new UsageException("--format: unknown value '" + format + "' (use json or table)");
        }
        Set<Bench.Part> parts = EnumSet.noneOf(Bench.Part.class);
        if (only == null || only.isEmpty()) {
            parts.addAll(Bench.all());
        } else {
            for (String name : only) {
                try {
                    parts.add(Bench.Part.fromCode(name.trim()));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--only: " + e.getMessage());
                }
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintStream log = new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8);
        BenchReport report = Bench.run(parts, quick ? Bench.Sizes.quick() : Bench.Sizes.full(), log);
        log.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(format.equals("json") ? report.json() : report.table());
        out.flush();
        return 0;
    }

    /** Progress lines go to picocli's error writer (so tests can capture them). */
    private static final class WriterStream extends OutputStream {
        private final Writer writer;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        WriterStream(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            try {
                writer.write(line.toString(StandardCharsets.UTF_8));
                writer.flush();
            } catch (java.io.IOException e) {
                // progress is best effort
            }
            line.reset();
        }
    }
}
