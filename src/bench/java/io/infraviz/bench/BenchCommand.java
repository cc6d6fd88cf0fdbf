package io.infraviz.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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
 * The benchmark's command line: measures the engine, frames, start-up, export and memory, each next
 * to its floor (a bare program doing the least possible version of the same work). Results on
 * standard output, progress on standard error. It is not part of the application: the Maven profile
 * {@code bench} runs it next to the product jar ({@code mvn -Pbench package}, see the README).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measures speed against floors: engine hops per second, frame paint times and frames per second"
                    + " with 100, 1,000 and 5,000 requests in flight, start-up time, PNG export time, memory.",
            "Frames and start-up open real windows and need a display (Xvfb will do); without one they are skipped"
                    + " with a message. A full run takes about two minutes; progress goes to standard error."})
public final class BenchCommand implements Callable<Integer> {
    /** Exit code for bad input, as the application's. */
    static final int EXIT_USAGE = 2;

    /** The output formats. */
    enum Format { json, table }

    @Spec
    CommandSpec spec;

    @Option(names = "--only", split = ",", paramLabel = "NAME", converter = PartConverter.class,
            description = "Measure only these: engine, frames, startup, export, memory (repeatable or comma-separated).")
    List<Bench.Part> only;

    @Option(names = "--format", paramLabel = "json|table", defaultValue = "table",
            description = "Output format (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--quick", description = "Tiny sizes: a smoke run that exercises every measurement in seconds;"
            + " the figures mean nothing.")
    boolean quick;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the benchmark's command line and returns the exit code; bad input prints one line and returns 2. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("bench: " + ex.getMessage());
            return EXIT_USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        Set<Bench.Part> parts = only == null || only.isEmpty() ? Bench.all() : EnumSet.copyOf(only);
        PrintWriter err = spec.commandLine().getErr();
        PrintStream log = new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8);
        BenchReport report = Bench.run(parts, quick ? Bench.Sizes.quick() : Bench.Sizes.full(), log);
        log.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == Format.json ? report.json() : report.table());
        out.flush();
        return 0;
    }

    /** {@code --only} names, as {@link Bench.Part#fromCode} reads them. */
    static final class PartConverter implements ITypeConverter<Bench.Part> {
        @Override
        public Bench.Part convert(String value) {
            try {
                return Bench.Part.fromCode(value.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
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
