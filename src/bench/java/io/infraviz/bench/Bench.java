package io.infraviz.bench;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark: each figure next to its floor (a bare program doing the least possible version
 * of the same work). Frames and start-up need a display (a real window; Xvfb will do); without
 * one they are skipped with a message, and memory is measured without the window.
 */
public final class Bench {
    /** What can be measured. */
    public enum Part {
        ENGINE, FRAMES, STARTUP, EXPORT, MEMORY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Part fromCode(String code) {
            for (Part p : values()) {
                if (p.code().equals(code)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown part '" + code + "' (use engine, frames, startup, export or memory)");
        }
    }

    /** How much to measure. */
    public record Sizes(long engineHops, int engineRuns, FramesBench.Sizes frames, int startupRounds,
                        boolean startupWarmUp, int exportFresh, int exportWarmUp, int exportWarm, long memoryMinutes,
                        boolean tiny) {
        /** The real benchmark: the sizes the issue asks for. */
        public static Sizes full() {
            return new Sizes(10_000_000, 3, new FramesBench.Sizes(new int[] {100, 1_000, 5_000}, 5_000, 1_000, 10_000, 3),
                    5, true, 3, 5, 15, 60, false);
        }

        /** Tiny sizes, for the smoke test: every path runs, the figures mean nothing. */
        public static Sizes quick() {
            return new Sizes(30_000, 1, new FramesBench.Sizes(new int[] {20}, 300, 200, 300, 0), 1, false, 0, 0, 1, 2, true);
        }
    }

    private Bench() {
    }

    /** Runs the parts asked for; progress and skip messages go to {@code log}. */
    public static BenchReport run(Set<Part> parts, Sizes sizes, PrintStream log) {
        boolean headless = GraphicsEnvironment.isHeadless();
        BenchReport report = new BenchReport(sizes.tiny());
        if (parts.contains(Part.ENGINE)) {
            log.printf("engine: at least %,d hops, %d runs%n", sizes.engineHops(), sizes.engineRuns());
            report.engine = EngineBench.run(sizes.engineHops(), sizes.engineRuns());
            log.printf("engine: %,.0f hops/s (floor %,.0f)%n", report.engine.hopsPerS(), report.engine.floorHopsPerS());
        }
        if (parts.contains(Part.EXPORT)) {
            report.export = ExportBench.run(sizes.exportFresh(), sizes.exportWarmUp(), sizes.exportWarm(), log);
        }
        List<Part> needDisplay = new ArrayList<>();
        if (parts.contains(Part.STARTUP)) {
            if (headless) {
                needDisplay.add(Part.STARTUP);
            } else {
                report.startup = StartupBench.run(sizes.startupRounds(), sizes.startupWarmUp(), !sizes.tiny(), log);
            }
        }
        boolean memory = parts.contains(Part.MEMORY);
        if (memory) {
            log.printf("memory: %d minutes of simulated time at the highest request rate%n", sizes.memoryMinutes());
            report.longRun = MemoryBench.longRun(sizes.memoryMinutes());
        }
        if (parts.contains(Part.FRAMES) || memory) {
            int[] levels = sizes.frames().levels();
            int top = levels[levels.length - 1];
            if (headless) {
                if (parts.contains(Part.FRAMES)) {
                    needDisplay.add(Part.FRAMES);
                }
                if (memory) {
                    MemoryBench.Result m = MemoryBench.headless(top);
                    report.heapMb = m.heapMb();
                    report.memoryInFlight = m.inFlight();
                    report.memoryWindow = false;
                }
            } else {
                FramesBench.Sizes fs = sizes.frames();
                if (!parts.contains(Part.FRAMES)) {
                    // Memory alone: only the top level, briefly, no floors.
                    fs = new FramesBench.Sizes(new int[] {top}, fs.settleMs(), fs.sampleMs(),
                            Math.min(fs.measureMs(), 2_000), fs.maxAdjustments());
                }
                FramesBench.Result f = FramesBench.run(fs, memory, parts.contains(Part.FRAMES), log);
                if (parts.contains(Part.FRAMES)) {
                    report.frames = f;
                }
                if (memory) {
                    report.heapMb = f.heapMbAtMax();
                    report.memoryInFlight = f.levels().get(f.levels().size() - 1).measuredInFlight();
                    report.memoryWindow = true;
                }
            }
        }
        if (!needDisplay.isEmpty()) {
            String what = String.join(" and ", needDisplay.stream().map(Part::code).toList());
            String msg = what + ": skipped, no display (they open real windows; run the benchmark under a display,"
                    + " e.g. xvfb-run -a -s \"-screen 0 1920x1080x24\" mvn -Pbench package)";
            report.skipped.add(msg);
            log.println("bench: " + msg);
        }
        return report;
    }

    /** Every part. */
    public static Set<Part> all() {
        return EnumSet.allOf(Part.class);
    }
}
