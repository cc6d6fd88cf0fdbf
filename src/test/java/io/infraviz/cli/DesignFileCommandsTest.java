package io.infraviz.cli;

import io.infraviz.model.Design;
import io.infraviz.model.Position;
import io.infraviz.scenario.DesignFile;
import io.infraviz.scenario.ExampleDesigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A design saved from design mode is a topology file the command line runs and draws, with no display. */
class DesignFileCommandsTest {
    @Test
    void aSavedDesignIsSimulatedAndExported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("storage.json");
        Design d = Design.of(ExampleDesigns.CENTRAL_STORAGE.topology());
        // as design mode saves it: with the places the person gave the servers
        DesignFile.write(new Design("my-storage", d.hosts(), d.parts(), d.links(),
                Map.of("storage-01", new Position(700, 300)), d.backendOptions()), file);
        assertThat(Files.readString(file)).contains("\"x\" :").contains("storage-01.files");

        CliRun run = CliRun.of("simulate", "--topology", file.toString(), "--requests", "20", "--event", "0:kill:storage-01.files");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("storage-01");

        Path png = dir.resolve("storage.png");
        CliRun export = CliRun.of("export", "--topology", file.toString(), "--out", png.toString());
        assertThat(export.err()).isEmpty();
        assertThat(export.code()).isZero();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void aLessonRunsOnASavedDesignInsteadOfItsStage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("three.json");
        DesignFile.write(Design.of(ExampleDesigns.THREE_WEB.topology()), file);
        CliRun run = CliRun.of("simulate", "--scenario", "nginx-dies", "--topology", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Lesson nginx-dies").contains("Every expected effect happened.");
        assertThat(run.code()).isZero();
    }

    @Test
    void anUnfinishedDesignIsRefusedByTheCommandLineWithItsFirstProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("unfinished.json");
        DesignFile.write(Design.empty(), file);
        CliRun run = CliRun.of("simulate", "--topology", file.toString(), "--requests", "5");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no entry point");
    }
}
