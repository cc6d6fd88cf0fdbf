package io.infraviz.fuzz;

import io.infraviz.export.MomentFile;
import io.infraviz.export.PngExporter;
import io.infraviz.model.Preset;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.Stages;
import io.infraviz.scenario.TopologyFile;
import io.infraviz.scenario.lesson.ScenarioFile;
import io.infraviz.sim.Simulation;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every loader, fed mutated copies of valid files (the stages written as topology JSON, the
 * built-in lessons, a saved run as JSON and inside a PNG), loads them or refuses them with its own
 * validation exception, within {@link LoaderFuzz#LOAD_LIMIT}, and never throws anything else. A few
 * seconds each in the normal run; the "fuzz" tag runs a minute each and also uses what loaded (builds
 * and runs the topology, replays the run) as the window would:
 * {@code mvn -B -o test -Dgroups=fuzz -DexcludedLongTestGroups=soak -Dtest=LoaderFuzzTest}.
 */
class LoaderFuzzTest {
    private static final Duration SHORT = Duration.ofSeconds(3);
    private static final Duration LONG = Duration.ofSeconds(60);
    private static final long MS = 1000;

    @Test
    void topologyFiles() throws Exception {
        check(topologies(SHORT, null));
    }

    @Test
    void lessonFiles() throws Exception {
        check(lessons(SHORT));
    }

    @Test
    void savedRuns() throws Exception {
        check(savedRuns(SHORT, null));
    }

    @Test
    void pngMoments() throws Exception {
        check(pngMoments(SHORT, null));
    }

    /** Found by fuzzing: a flipped bit in a chunk header made ImageIO's PNG reader throw IndexOutOfBoundsException. */
    @Test
    void aDamagedPngIsRefusedWithTheFilesMessage() throws Exception {
        byte[] png = pngWithMoment();
        Path file = Files.createTempFile("damaged", ".png");
        try {
            for (int bit = 0; bit < 8; bit++) {
                byte[] damaged = png.clone();
                damaged[1441] ^= (byte) (1 << bit);
                Files.write(file, damaged);
                try {
                    PngExporter.readMoment(file);
                } catch (MomentFile.BadMomentFile expected) {
                    assertThat(expected.getMessage()).startsWith(file.toString());
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    @Tag("fuzz")
    void everyLoaderForAMinuteAndUseWhatLoaded() throws Exception {
        check(topologies(LONG, t -> run(new Simulation((Topology) t, Preset.CLASSROOM.settings().forTopology((Topology) t), 1))),
                lessons(LONG), savedRuns(LONG, m -> ((Moment) m).replay()), pngMoments(LONG, m -> ((Moment) m).replay()));
    }

    private static void check(LoaderFuzz... runs) {
        StringBuilder all = new StringBuilder();
        int findings = 0;
        for (LoaderFuzz f : runs) {
            System.out.println(f.summary());
            all.append(f.summary()).append('\n');
            findings += f.findings().size() + f.leakyMessages();
        }
        assertThat(findings).as("findings, and refusals in Java's words rather than a person's:%n%s", all).isZero();
    }

    private static LoaderFuzz topologies(Duration budget, LoaderFuzz.Use use) throws IOException {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        Path tmp = Files.createTempFile("stage", ".json");
        for (Stages s : Stages.values()) {
            TopologyFile.write(s.topology(), tmp);
            seeds.put(s.code(), Files.readAllBytes(tmp));
        }
        Files.delete(tmp);
        return new LoaderFuzz("topology", "json", seeds, TopologyFile.BadTopologyFile.class)
                .run(1, budget, TopologyFile::read, use);
    }

    private static LoaderFuzz lessons(Duration budget) throws IOException {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        for (String name : ScenarioFile.builtInNames()) {
            try (InputStream in = LoaderFuzzTest.class.getResourceAsStream("/scenarios/" + name + ".json")) {
                seeds.put(name, in.readAllBytes());
            }
        }
        return new LoaderFuzz("lesson", "json", seeds, ScenarioFile.BadScenario.class)
                .run(2, budget, ScenarioFile::read, null);
    }

    private static LoaderFuzz savedRuns(Duration budget, LoaderFuzz.Use use) throws IOException {
        Map<String, byte[]> seeds = Map.of("saved run", MomentFile.toJson(moment()).getBytes(StandardCharsets.UTF_8));
        return new LoaderFuzz("run", "json", seeds, MomentFile.BadMomentFile.class)
                .run(3, budget, f -> MomentFile.fromJson(new String(Files.readAllBytes(f), StandardCharsets.UTF_8), f.toString()), use);
    }

    private static LoaderFuzz pngMoments(Duration budget, LoaderFuzz.Use use) throws IOException {
        Map<String, byte[]> seeds = Map.of("png", pngWithMoment());
        return new LoaderFuzz("png", "png", seeds, MomentFile.BadMomentFile.class)
                .run(4, budget, PngExporter::readMoment, use);
    }

    /** A small exported picture carrying {@link #moment()}. */
    private static byte[] pngWithMoment() throws IOException {
        Path tmp = Files.createTempFile("moment", ".png");
        PngExporter.save(new PngExporter.Picture(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), 1, 0, 0), moment(), tmp);
        byte[] png = Files.readAllBytes(tmp);
        Files.delete(tmp);
        return png;
    }

    /** A saved run of the distributed stage: a host killed, a link cut, the settings changed. */
    private static Moment moment() {
        Topology t = Stages.DISTRIBUTED.topology();
        var settings = Preset.CLASSROOM.settings().forTopology(t);
        return new Moment(t, settings, 7, java.util.List.of(
                Moment.Action.fault(2000 * MS, new Fault(FaultAction.KILL, t.hosts().get(1).id())),
                Moment.Action.fault(3000 * MS, new Fault(FaultAction.CUT, t.links().get(0).id())),
                Moment.Action.settings(4000 * MS, settings.withTraffic(settings.traffic().withSequential(true)))),
                10_000 * MS);
    }

    /** What the window does with a topology it opened: build the run and let it go for a minute. */
    private static void run(Simulation sim) {
        sim.startTraffic(-1);
        sim.runUntil(60_000 * MS);
    }
}
