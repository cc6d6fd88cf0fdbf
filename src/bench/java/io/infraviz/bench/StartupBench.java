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
 * to the end of the first paint pass that drew the graph: the app (as {@code gui} starts it)
 * against a bare FlatLaf window with a plain JGraphX graph of as many vertices and edges, the
 * app window's size; an empty FlatLaf window for reference. One unmeasured run of each first
 * (disk cache), then rounds alternating the three; the median of each is reported.
 */
final class StartupBench {
    /** The app's window size (MainFrame's default on a large enough screen). */
    static final int WIDTH = 1600;
    static final int HEIGHT = 950;

    record Result(double appMs, double floorMs, double bareMs, int rounds, int vertices, int edges) {
        double ratio() {
            return appMs / floorMs;
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
        List<String> appArgs = List.of("app");
        if (warmUp) {
            launch(appArgs);
            launch(floorArgs);
            if (bare) {
                launch(bareArgs);
            }
        }
        double[] app = new double[rounds];
        double[] floor = new double[rounds];
        double[] bareMs = new double[bare ? rounds : 0];
        for (int i = 0; i < rounds; i++) {
            app[i] = launch(appArgs);
            floor[i] = launch(floorArgs);
            if (bare) {
                bareMs[i] = launch(bareArgs);
            }
            log.printf("startup: round %d of %d: app %.0f ms, floor %.0f ms%s%n", i + 1, rounds, app[i], floor[i],
                    bare ? String.format(java.util.Locale.ROOT, ", empty window %.0f ms", bareMs[i]) : "");
        }
        return new Result(Stats.median(app), Stats.median(floor), Stats.median(bareMs), rounds, cells[0], cells[1]);
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

    /** Starts a probe; returns ms from just before the start to its first painted frame. */
    static double launch(List<String> probeArgs) {
        List<String> cmd = new ArrayList<>(Children.javaCommand());
        cmd.add(StartupProbe.class.getName());
        cmd.addAll(probeArgs);
        Instant start = Instant.now();
        long micros = Long.parseLong(Children.runUntilMark(cmd, StartupProbe.MARK,
                "the start-up probe (" + String.join(" ", probeArgs) + ") before its first frame"));
        long startMicros = start.getEpochSecond() * 1_000_000L + start.getNano() / 1000;
        return (micros - startMicros) / 1000.0;
    }
}
