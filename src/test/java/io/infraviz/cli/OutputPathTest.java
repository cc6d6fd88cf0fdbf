package io.infraviz.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The up-front check of an output file leaves the folder as it found it. */
class OutputPathTest {
    @TempDir
    Path dir;

    @Test
    void aWritableFolderIsAcceptedAndTheTrialFileIsGone() throws IOException {
        assertThat(OutputPath.check("--out", dir.resolve("Picture.PNG"), List.of("png", "svg"))).isEqualTo("png");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFolderIsNotAFile() {
        assertThatThrownBy(() -> OutputPath.check("--out", Files.createDirectory(dir.resolve("x.png")), List.of("png")))
                .isInstanceOf(UsageException.class).hasMessageEndingWith("x.png' is a folder");
    }
}
