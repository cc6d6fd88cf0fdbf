package io.infraviz.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a benchmark run measured, as JSON for programs or as a table for people, and the targets. */
public final class BenchReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The targets (speed, second round): ratios to the floors measured in the same run. */
    static final double ENGINE_MAX_RATIO = 2;
    static final double FRAMES_MAX_P99_MS = 16.7;
    static final double FRAMES_MIN_FPS = 59;
    static final double STARTUP_MAX_RATIO = 1.3;
    static final double EXPORT_MAX_RATIO = 1.3;
    static final double MEMORY_MAX_MB = 256;
    static final double MEMORY_MAX_GROWTH = 0.10;

    final boolean quick;
    EngineBench.Result engine;
    FramesBench.Result frames;
    StartupBench.Result startup;
    ExportBench.Result export;
    MemoryBench.Hour longRun;
    double heapMb = Double.NaN;
    double memoryInFlight = Double.NaN;
    boolean memoryWindow;
    final List<String> skipped = new ArrayList<>();

    BenchReport(boolean quick) {
        this.quick = quick;
    }

    /** One target and whether it was met (null: not measured). */
    public record Target(String text, String measured, Boolean met) {
    }

    // ---- JSON -----------------------------------------------------------------------------

    /**
     * {@code engine} {hops_per_s, floor_hops_per_s, ratio}, {@code frames} [{in_flight, p50_ms,
     * p95_ms, p99_ms, fps, floor_p99_ms, floor_fps}], {@code startup} {ms, floor_ms, ratio, jvm_ms,
     * look_ms, window_ms, floor_jvm_ms, floor_look_ms, floor_window_ms, archive (the app had the
     * class-data archive), ms_without_archive}, {@code export} {png_1x_ms,
     * png_2x_ms, floor_2x_ms}, {@code memory} {heap_mb_5000, heap_mb_minute_1, heap_mb_last_minute,
     * minutes}; null for a part not measured (or a field of it). Ratios are the figure's cost over the floor's (1 is as fast as the floor).
     */
    public String json() {
        ObjectNode root = MAPPER.createObjectNode();
        if (engine == null) {
            root.putNull("engine");
        } else {
            ObjectNode e = root.putObject("engine");
            e.put("hops_per_s", Math.round(engine.hopsPerS()));
            e.put("floor_hops_per_s", Math.round(engine.floorHopsPerS()));
            number(e, "ratio", engine.ratio(), 2);
        }
        if (frames == null) {
            root.putNull("frames");
        } else {
            ArrayNode a = root.putArray("frames");
            for (FramesBench.Level l : frames.levels()) {
                ObjectNode o = a.addObject();
                o.put("in_flight", l.inFlight());
                number(o, "p50_ms", l.p50(), 2);
                number(o, "p95_ms", l.p95(), 2);
                number(o, "p99_ms", l.p99(), 2);
                number(o, "fps", l.fps(), 1);
                number(o, "floor_p99_ms", l.floorP99(), 2);
                number(o, "floor_fps", l.floorFps(), 1);
            }
        }
        if (startup == null) {
            root.putNull("startup");
        } else {
            ObjectNode s = root.putObject("startup");
            number(s, "ms", startup.appMs(), 0);
            number(s, "floor_ms", startup.floorMs(), 0);
            number(s, "ratio", startup.ratio(), 2);
            phases(s, "", startup.app());
            phases(s, "floor_", startup.floor());
            s.put("archive", startup.archive());
            number(s, "ms_without_archive", startup.noArchiveMs(), 0);
        }
        if (export == null) {
            root.putNull("export");
        } else {
            ObjectNode x = root.putObject("export");
            number(x, "png_1x_ms", export.png1xMs(), 1);
            number(x, "png_2x_ms", export.png2xMs(), 1);
            number(x, "floor_2x_ms", export.floor2xMs(), 1);
        }
        if (Double.isNaN(heapMb) && longRun == null) {
            root.putNull("memory");
        } else {
            ObjectNode m = root.putObject("memory");
            number(m, "heap_mb_5000", heapMb, 1);
            number(m, "heap_mb_minute_1", longRun == null ? Double.NaN : longRun.minuteMb(), 1);
            number(m, "heap_mb_last_minute", longRun == null ? Double.NaN : longRun.hourMb(), 1);
            number(m, "minutes", longRun == null ? Double.NaN : longRun.minutes(), 0);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void phases(ObjectNode o, String prefix, StartupBench.Phases p) {
        number(o, prefix + "jvm_ms", p.jvmMs(), 0);
        number(o, prefix + "look_ms", p.lookMs(), 0);
        number(o, prefix + "window_ms", p.windowMs(), 0);
    }

    private static void number(ObjectNode o, String key, double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(key);
        } else if (digits == 0) {
            o.put(key, Math.round(v));
        } else {
            o.put(key, Stats.round(v, digits));
        }
    }

    // ---- targets ----------------------------------------------------------------------------

    /** The targets, each met or not (or not measured in this run). */
    public List<Target> targets() {
        List<Target> t = new ArrayList<>();
        if (engine != null) {
            t.add(new Target("engine within 2x of the primitive-heap floor", x(engine.ratio()),
                    engine.ratio() <= ENGINE_MAX_RATIO));
        }
        if (frames != null) {
            for (FramesBench.Level l : frames.levels()) {
                String n = num(l.inFlight(), 0);
                t.add(new Target("frames: p99 paint < 16.7 ms with " + n + " in flight", num(l.p99(), 1) + " ms",
                        l.p99() < FRAMES_MAX_P99_MS));
                t.add(new Target("frames: >= 59 fps with " + n + " in flight", num(l.fps(), 1) + " fps",
                        l.fps() >= FRAMES_MIN_FPS));
            }
        }
        if (startup != null) {
            t.add(new Target("start-up within 1.3x of a bare FlatLaf window with a JGraphX graph", x(startup.ratio()),
                    startup.ratio() <= STARTUP_MAX_RATIO));
        }
        if (export != null) {
            t.add(new Target("2x PNG export within 1.3x of its floor, first use", x(export.ratio()),
                    export.ratio() <= EXPORT_MAX_RATIO));
        }
        if (!Double.isNaN(heapMb)) {
            t.add(new Target("heap under 256 MB with 5,000 in flight", num(heapMb, 0) + " MB", heapMb < MEMORY_MAX_MB));
        }
        if (longRun != null) {
            t.add(new Target("heap after " + longRun.minutes() + " min at the highest rate within 10% of minute 1",
                    String.format(Locale.ROOT, "%+.1f%%", 100 * longRun.growth()), Math.abs(longRun.growth()) <= MEMORY_MAX_GROWTH));
        }
        return t;
    }

    private FramesBench.Level level(int n) {
        for (FramesBench.Level l : frames.levels()) {
            if (l.inFlight() == n) {
                return l;
            }
        }
        return null;
    }

    // ---- table ------------------------------------------------------------------------------

    /** The same for people: each figure, its floor and the ratio, then the targets. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append("InfraViz benchmark").append(quick ? " (QUICK: tiny sizes, figures meaningless)" : "").append('\n');
        b.append(environment()).append("\n\n");
        if (engine != null) {
            b.append(String.format(Locale.ROOT,
                    "engine   distributed stage, realistic preset, no drawing; a hop is an event run (%.1f per request),"
                            + " median of %d runs of %s hops%n", engine.hopsPerRequest(), engine.runs(),
                    num(engine.hops(), 0)));
            b.append(String.format(Locale.ROOT, "         %-14s %-16s %-7s %s%n", "hops/s", "floor hops/s", "ratio",
                    "PriorityQueue floor"));
            b.append(String.format(Locale.ROOT, "         %-14s %-16s %-7s %s%n%n", num(engine.hopsPerS(), 0),
                    num(engine.floorHopsPerS(), 0), x(engine.ratio()), num(engine.priorityQueueHopsPerS(), 0)));
        }
        if (frames != null) {
            b.append(String.format(Locale.ROOT,
                    "frames   real window %dx%d (diagram %dx%d), classroom preset at 1x, the app's timer; paint = one Swing"
                            + " paint pass that drew the diagram%n", FramesBench.WIDTH, FramesBench.HEIGHT,
                    frames.viewWidth(), frames.viewHeight()));
            b.append(String.format(Locale.ROOT, "         %-10s %-9s %-7s %-7s %-7s %-6s %-7s | %-10s %-10s %-10s %s%n",
                    "in flight", "measured", "p50 ms", "p95 ms", "p99 ms", "fps", "frames", "floor p50", "floor p95",
                    "floor p99", "floor fps"));
            for (FramesBench.Level l : frames.levels()) {
                b.append(String.format(Locale.ROOT, "         %-10s %-9s %-7s %-7s %-7s %-6s %-7s | %-10s %-10s %-10s %s%n",
                        num(l.inFlight(), 0), num(l.measuredInFlight(), 0), num(l.p50(), 1), num(l.p95(), 1),
                        num(l.p99(), 1), num(l.fps(), 1), l.frames(), num(l.floorP50(), 1), num(l.floorP95(), 1),
                        num(l.floorP99(), 1), num(l.floorFps(), 1)));
            }
            for (FramesBench.Level l : frames.levels()) {
                if (l.waiting() >= 0.01 * l.measuredInFlight() || l.behindShare() > 0) {
                    b.append(String.format(Locale.ROOT,
                            "         note: with %s in flight, %s waited without a dot; the simulation was behind the"
                                    + " clock in %.0f%% of samples%n", num(l.inFlight(), 0), num(l.waiting(), 0),
                            100 * l.behindShare()));
                }
            }
            b.append('\n');
        }
        if (startup != null) {
            b.append(String.format(Locale.ROOT,
                    "startup  process start to first painted frame, median of %d fresh JVMs; floor: bare FlatLaf window"
                            + " with a plain JGraphX graph (%d vertices, %d edges), %dx%d%n", startup.rounds(),
                    startup.vertices(), startup.edges(), StartupBench.WIDTH, StartupBench.HEIGHT));
            b.append(startup.archive()
                    ? String.format(Locale.ROOT, "         app as the README runs it, with the class-data archive (without it: %s ms)%n",
                            num(startup.noArchiveMs(), 0))
                    : "         app without a class-data archive (none beside the jar: mvn package makes it)\n");
            b.append(String.format(Locale.ROOT, "         %-10s %-10s %-7s %s%n", "app ms", "floor ms", "ratio",
                    "empty FlatLaf window ms"));
            b.append(String.format(Locale.ROOT, "         %-10s %-10s %-7s %s%n", num(startup.appMs(), 0),
                    num(startup.floorMs(), 0), x(startup.ratio()), num(startup.bareMs(), 0)));
            b.append(String.format(Locale.ROOT, "         where it went (medians, ms)   %-6s %-14s %s%n", "JVM",
                    "look and feel", "window to first frame"));
            for (boolean app : new boolean[] {true, false}) {
                StartupBench.Phases p = app ? startup.app() : startup.floor();
                b.append(String.format(Locale.ROOT, "         %-29s %-6s %-14s %s%n", app ? "app" : "floor",
                        num(p.jvmMs(), 0), num(p.lookMs(), 0), num(p.windowMs(), 0)));
            }
            b.append('\n');
        }
        if (export != null) {
            b.append(String.format(Locale.ROOT,
                    "export   distributed stage, light theme; first use = %s; warm = median of %d; floor:"
                            + " mxCellRenderer + ImageIO%n", export.freshInThisJvm() ? "first call in this JVM"
                            : "fresh JVM, median of " + export.freshRuns(), export.warmRuns()));
            b.append(String.format(Locale.ROOT, "         %-8s %-10s %-10s %-14s %s%n", "", "PNG 1x ms", "PNG 2x ms",
                    "floor 2x ms", "ratio 2x"));
            b.append(String.format(Locale.ROOT, "         %-8s %-10s %-10s %-14s %s%n", "first", num(export.png1xMs(), 0),
                    num(export.png2xMs(), 0), num(export.floor2xMs(), 0), x(export.ratio())));
            b.append(String.format(Locale.ROOT, "         %-8s %-10s %-10s %-14s %s%n%n", "warm", num(export.warm1xMs(), 0),
                    num(export.warm2xMs(), 0), num(export.warmFloorMs(), 0), x(export.warmRatio())));
        }
        if (!Double.isNaN(heapMb)) {
            b.append(String.format(Locale.ROOT, "memory   live heap after a full GC with %s in flight (%s): %s MB%n",
                    num(memoryInFlight, 0), memoryWindow ? "the real window" : "no display: simulation and diagram only",
                    num(heapMb, 0)));
        }
        if (longRun != null) {
            b.append(String.format(Locale.ROOT, "         %d min at the highest request rate (%s requests, the charts'"
                            + " metrics listening, realistic preset): %.1f MB after minute 1 (%s in flight, %s writes in the"
                            + " Replica's relay log), %.1f MB after minute %d (%s in flight, %s in the relay log): %+.1f%%%n",
                    longRun.minutes(), num(longRun.requests(), 0), longRun.minuteMb(), num(longRun.inFlightMinute(), 0),
                    num(longRun.relayMinute(), 0), longRun.hourMb(), longRun.minutes(), num(longRun.inFlightHour(), 0),
                    num(longRun.relayHour(), 0), 100 * longRun.growth()));
        }
        if (!Double.isNaN(heapMb) || longRun != null) {
            b.append('\n');
        }
        for (String s : skipped) {
            b.append(s).append("\n\n");
        }
        List<Target> targets = quick ? List.of() : targets();
        if (!targets.isEmpty()) {
            b.append("targets\n");
            for (Target t : targets) {
                b.append(String.format(Locale.ROOT, "  %-70s %-14s %s%n", t.text(), t.measured(),
                        t.met() ? "met" : "MISSED"));
            }
        }
        return b.toString();
    }

    /** Cores, Java, OS and display: what the figures depend on. */
    static String environment() {
        String display = System.getenv("DISPLAY");
        String screen = "";
        if (!GraphicsEnvironment.isHeadless()) {
            Rectangle r = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds();
            screen = " " + r.width + "x" + r.height;
        }
        return String.format(Locale.ROOT, "%d cores, %s %s, %s %s, %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.version"),
                GraphicsEnvironment.isHeadless() ? "no display" : "display " + display + screen);
    }

    private static String num(double v, int digits) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, digits == 0 ? "%,.0f" : "%,." + digits + "f", v);
    }

    private static String x(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
