package io.infraviz.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A place the window cannot write to is refused, with the reason, before any work. */
class OutputPathTest {
    @TempDir
    Path dir;

    @Test
    void aNameWithoutExtensionGetsOneAndAGoodPlaceIsAccepted() {
        OutputPath out = OutputPath.check(dir.resolve("diagram"), "png");
        assertThat(out.ok()).isTrue();
        assertThat(out.file()).isEqualTo(dir.resolve("diagram.png"));
        assertThat(OutputPath.check(dir.resolve("run.2024"), "json").file()).isEqualTo(dir.resolve("run.2024.json"));
        assertThat(OutputPath.check(dir.resolve("Diagram.PNG"), "png").file()).isEqualTo(dir.resolve("Diagram.PNG"));
    }

    @Test
    void aFolderThatDoesNotExistIsRefused() {
        OutputPath out = OutputPath.check(dir.resolve("gone/diagram.png"), "png");
        assertThat(out.problem()).isEqualTo("folder '" + dir.resolve("gone") + "' does not exist");
        assertThat(dir.resolve("gone")).doesNotExist();
    }

    @Test
    void aPathUnderARegularFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(OutputPath.check(file.resolve("deeper/run.json"), "json").problem())
                .isEqualTo("'" + file + "' is a file, not a folder");
    }

    @Test
    void anotherExtensionIsRefused() {
        OutputPath out = OutputPath.check(dir.resolve("diagram.jpg"), "png");
        assertThat(out.problem()).isEqualTo("InfraViz writes .png files here, not .jpg");
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefused() throws IOException {
        Files.createDirectory(dir.resolve("run.json"));
        assertThat(OutputPath.check(dir.resolve("run.json"), "json").problem()).isEqualTo("that is a folder");
    }
}
