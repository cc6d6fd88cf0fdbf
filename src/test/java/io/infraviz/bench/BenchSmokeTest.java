package io.infraviz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infraviz.cli.CliRun;
import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The benchmark command with tiny sizes ({@code --quick}), so it never rots: every measurement
 * runs and the output has the issue's shape. Nothing here checks a speed (that is the benchmark's
 * job, never a unit test's).
 */
class BenchSmokeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void headlessPartsPrintTheIssuesJsonShape() throws Exception {
        CliRun r = BenchRun.of("--quick", "--only", "engine,export,memory", "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(fields(root)).containsExactly("engine", "frames", "startup", "export", "memory");
        assertThat(fields(root.get("engine"))).containsExactly("hops_per_s", "floor_hops_per_s", "ratio");
        assertThat(root.get("engine").get("hops_per_s").asLong()).isPositive();
        assertThat(root.get("engine").get("floor_hops_per_s").asLong()).isPositive();
        assertThat(fields(root.get("export"))).containsExactly("png_1x_ms", "png_2x_ms", "floor_2x_ms");
        assertThat(root.get("export").get("png_2x_ms").asDouble()).isPositive();
        assertThat(fields(root.get("memory"))).containsExactly("heap_mb_5000", "heap_mb_minute_1", "heap_mb_last_minute",
                "minutes");
        assertThat(root.get("memory").get("heap_mb_5000").asDouble()).isPositive();
        assertThat(root.get("memory").get("heap_mb_last_minute").asDouble()).isPositive();
        assertThat(root.get("memory").get("minutes").asInt()).isEqualTo(2);
        assertThat(root.get("frames").isNull()).isTrue();
        assertThat(root.get("startup").isNull()).isTrue();
        assertThat(r.err()).contains("engine:").contains("export:");
    }

    @Test
    void windowPartsRunWithADisplay() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        CliRun r = BenchRun.of("--quick", "--only", "frames,startup", "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        JsonNode frames = root.get("frames");
        assertThat(frames.isArray()).isTrue();
        assertThat(frames).hasSize(1);
        assertThat(fields(frames.get(0))).containsExactly("in_flight", "p50_ms", "p95_ms", "p99_ms", "fps", "floor_p99_ms",
                "floor_fps");
        assertThat(frames.get(0).get("floor_p99_ms").asDouble()).isPositive();
        assertThat(frames.get(0).get("fps").asDouble()).isPositive();
        assertThat(frames.get(0).get("floor_fps").asDouble()).isPositive();
        assertThat(fields(root.get("startup"))).containsExactly("ms", "floor_ms", "ratio", "jvm_ms", "look_ms", "window_ms",
                "floor_jvm_ms", "floor_look_ms", "floor_window_ms", "archive", "ms_without_archive");
        JsonNode s = root.get("startup");
        assertThat(s.get("jvm_ms").asDouble() + s.get("look_ms").asDouble() + s.get("window_ms").asDouble())
                .as("the phases add up to the whole").isCloseTo(s.get("ms").asDouble(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(s.get("archive").asBoolean()).as("no infraviz.jar on the test's class path, so no archive beside it").isFalse();
        assertThat(s.get("ms_without_archive").isNull()).isTrue();
        assertThat(root.get("startup").get("ms").asDouble()).isPositive();
        assertThat(root.get("startup").get("floor_ms").asDouble()).isPositive();
        assertThat(root.get("engine").isNull()).isTrue();
    }

    @Test
    void badInputGetsOneLineAndExitCode2() {
        CliRun only = BenchRun.of("--only", "gpu");
        assertThat(only.code()).isEqualTo(2);
        assertThat(only.err()).contains("--only").contains("gpu").contains("engine, frames, startup, export or memory");

        CliRun format = BenchRun.of("--format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format").contains("xml");
    }

    @Test
    void tableShowsEachFigureItsFloorAndTheTargets() {
        BenchReport r = new BenchReport(false);
        r.engine = new EngineBench.Result(10_000_000, 2, 5_000_000, 20_000_000, 15_000_000, 800_000, 3);
        r.frames = new FramesBench.Result(List.of(
                new FramesBench.Level(1_000, 990, 0, 2, 9, 20, 61, 610, 0.3, 1, 2, 64, 0),
                new FramesBench.Level(5_000, 4_950, 0, 4, 12, 15, 54, 540, 2, 3, 5, 64, 0)), 30, 5_000, 1200, 600);
        r.startup = new StartupBench.Result(new StartupBench.Phases(900, 100, 200, 600), true, 1_250,
                new StartupBench.Phases(700, 90, 190, 420), 400, 5, 14, 13);
        r.export = new ExportBench.Result(80, 300, 200, 40, 150, 100, 3, 15, 100_000, false);
        r.heapMb = 40;
        r.longRun = new MemoryBench.Hour(12, 13.5, 60, 36_000_000, 900, 950, 10, 12);
        r.memoryInFlight = 5_000;
        r.memoryWindow = true;

        String table = r.table();

        assertThat(table).contains("5,000,000").contains("20,000,000").contains("4.00x");
        assertThat(table).contains("1.29x").contains("1.50x").contains("look and feel").contains("+12.5%")
                .contains("with the class-data archive (without it: 1,250 ms)");
        List<BenchReport.Target> targets = r.targets();
        assertThat(targets).extracting(BenchReport.Target::met).containsExactly(
                false,               // engine: 4x the floor
                false, true,         // 1,000 in flight: p99 20 ms, 61 fps
                true, false,         // 5,000 in flight: p99 15 ms, 54 fps
                true,                // start-up 1.29x
                false,               // export 1.5x first use
                true,                // memory 40 MB
                false);              // +12.5 % after an hour
        assertThat(table).contains("MISSED").contains("met");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
