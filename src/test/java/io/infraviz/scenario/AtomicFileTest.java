package io.infraviz.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file is either all old or all new, and no temporary file is ever left beside it. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("run.json");
        Files.writeString(file, "the old run");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half of the new r".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("the old run");
        assertThat(names()).containsExactly("run.json");
    }

    @Test
    void anUncheckedFailureHalfwayAlsoLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("new.png");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write(new byte[10_000]);
            throw new IllegalStateException("encoder broke");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(file).doesNotExist();
        assertThat(names()).isEmpty();
    }

    @Test
    void aWholeWriteReplacesTheFile() throws IOException {
        Path file = dir.resolve("topology.json");
        Files.writeString(file, "old");
        AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(names()).containsExactly("topology.json");
    }

    @Test
    void aMissingFolderIsRefusedWithoutCreatingAnything() {
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("gone/x.json"), new byte[1]))
                .hasMessageContaining("no such folder");
        assertThat(dir.resolve("gone")).doesNotExist();
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
