package io.infraviz.bench;

import com.mxgraph.model.mxIGraphModel;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.scenario.Stages;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up: a fresh JVM per run ({@link StartupProbe}), from just before the process is started
 * to the end of the first paint pass that drew the graph: the app (as {@code gui} starts it, with
 * the class-data archive the build made, as the README's run command does; also without it)
 * against a bare FlatLaf window with a plain JGraphX graph of as many vertices and edges, the
 * app window's size; an empty FlatLaf window for reference. One unmeasured run of each first
 * (disk cache), then rounds alternating the three; the median of each is reported.
 */
final class StartupBench {
    /** The app's window size (MainFrame's default on a large enough screen). */
    static final int WIDTH = 1600;
    static final int HEIGHT = 950;

    /** Where a start-up's time went (ms): the JVM until {@code main}, the look and feel, the window to its first frame. */
    record Phases(double totalMs, double jvmMs, double lookMs, double windowMs) {
        static Phases median(List<Phases> runs) {
            return new Phases(Stats.median(runs.stream().mapToDouble(Phases::totalMs).toArray()),
                    Stats.median(runs.stream().mapToDouble(Phases::jvmMs).toArray()),
                    Stats.median(runs.stream().mapToDouble(Phases::lookMs).toArray()),
                    Stats.median(runs.stream().mapToDouble(Phases::windowMs).toArray()));
        }
    }

    /**
     * @param app           the app as the README starts it: with the class-data archive when the build made one
     * @param archive       whether it had the archive
     * @param noArchiveMs   the app without the archive (NaN when there is none: then {@code app} is that)
     */
    record Result(Phases app, boolean archive, double noArchiveMs, Phases floor, double bareMs, int rounds, int vertices,
            int edges) {
        double appMs() {
            return app.totalMs();
        }

        double floorMs() {
            return floor.totalMs();
        }

        double ratio() {
            return appMs() / floorMs();
        }
    }

    private StartupBench() {
    }

    /**
     * @param warmUp one unmeasured run of each first
     * @param bare   also the empty FlatLaf window (a reference, not a target)
     */
    static Result run(int rounds, boolean warmUp, boolean bare, PrintStream log) {
        int[] cells = cellCounts();
        List<String> floorArgs = List.of("floor", Integer.toString(cells[0]), Integer.toString(cells[1]),
                Integer.toString(WIDTH), Integer.toString(HEIGHT));
        List<String> bareArgs = List.of("bare", Integer.toString(WIDTH), Integer.toString(HEIGHT));
        // The app's config folder is the benchmark's own (a person's recovery file or choices stay
        // out of the measurement, and nothing is written into theirs), kept over the runs, as a
        // returning user's is.
        List<String> plainArgs;
        try {
            plainArgs = List.of("-D" + io.infraviz.ui.ConfigFolder.PROPERTY + "="
                    + java.nio.file.Files.createTempDirectory("infraviz-bench-config"), "app");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // As the README's run command starts it: with the class-data archive beside the jar, if any.
        java.util.Optional<java.nio.file.Path> archive = Children.classDataArchive();
        List<String> appArgs = new ArrayList<>(plainArgs);
        archive.ifPresent(a -> appArgs.add(0, "-XX:SharedArchiveFile=" + a.toAbsolutePath()));
        if (warmUp) {
            launch(appArgs);
            if (archive.isPresent()) {
                launch(plainArgs);
            }
            launch(floorArgs);
            if (bare) {
                launch(bareArgs);
            }
        }
        List<Phases> app = new ArrayList<>();
        List<Phases> floor = new ArrayList<>();
        double[] bareMs = new double[bare ? rounds : 0];
        double[] noArchiveMs = new double[archive.isPresent() ? rounds : 0];
        for (int i = 0; i < rounds; i++) {
            app.add(launch(appArgs));
            if (archive.isPresent()) {
                noArchiveMs[i] = launch(plainArgs).totalMs();
            }
            floor.add(launch(floorArgs));
            if (bare) {
                bareMs[i] = launch(bareArgs).totalMs();
            }
            log.printf("startup: round %d of %d: app %.0f ms%s, floor %.0f ms%s%n", i + 1, rounds, app.get(i).totalMs(),
                    archive.isPresent() ? String.format(java.util.Locale.ROOT, " (without the archive %.0f ms)", noArchiveMs[i]) : "",
                    floor.get(i).totalMs(), bare ? String.format(java.util.Locale.ROOT, ", empty window %.0f ms", bareMs[i]) : "");
        }
        return new Result(Phases.median(app), archive.isPresent(), archive.isPresent() ? Stats.median(noArchiveMs) : Double.NaN,
                Phases.median(floor), Stats.median(bareMs), rounds, cells[0], cells[1]);
    }

    /** Vertices (hosts and components) and edges (links) of the distributed stage's diagram. */
    static int[] cellCounts() {
        Diagram d = new Diagram(Stages.DISTRIBUTED.topology(), DiagramTheme.LIGHT);
        mxIGraphModel m = d.graph().getModel();
        int[] counts = new int[2];
        count(m, m.getRoot(), counts);
        return counts;
    }

    private static void count(mxIGraphModel m, Object cell, int[] counts) {
        for (int i = 0; i < m.getChildCount(cell); i++) {
            Object c = m.getChildAt(cell, i);
            if (m.isVertex(c)) {
                counts[0]++;
            } else if (m.isEdge(c)) {
                counts[1]++;
            }
            count(m, c, counts);
        }
    }

    /** Starts a probe; returns the ms from just before the start to its first painted frame, and their phases. */
    static Phases launch(List<String> probeArgs) {
        List<String> cmd = new ArrayList<>(Children.javaCommand());
        // JVM options (-D..., -XX:...) go before the class, the probe's own arguments after it.
        probeArgs.stream().filter(a -> a.startsWith("-")).forEach(cmd::add);
        cmd.add(StartupProbe.class.getName());
        probeArgs.stream().filter(a -> !a.startsWith("-")).forEach(cmd::add);
        Instant start = Instant.now();
        String[] marks = Children.runUntilMark(cmd, StartupProbe.MARK,
                "the start-up probe (" + String.join(" ", cmd.subList(cmd.indexOf(StartupProbe.class.getName()), cmd.size()))
                        + ") before its first frame").split(" ");
        long paint = Long.parseLong(marks[0]);
        long main = Long.parseLong(marks[1]);
        long look = Long.parseLong(marks[2]);
        long startMicros = start.getEpochSecond() * 1_000_000L + start.getNano() / 1000;
        return new Phases((paint - startMicros) / 1000.0, (main - startMicros) / 1000.0, (look - main) / 1000.0,
                (paint - look) / 1000.0);
    }
}
