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

    /** What a killed write left behind goes with the next write of the same file; a young one and a person's own files stay. */
    @Test
    void theNextWriteRemovesWhatAKilledOneLeftAndNothingElse() throws IOException {
        Path file = dir.resolve("run.json");
        Path stale = Files.writeString(dir.resolve(".run.json.00000000deadbeef.tmp"), "half");
        Path staleFolder = Files.createDirectories(dir.resolve(".run.json.0123456789abcdef.old").resolve("lb-01"));
        Path young = Files.writeString(dir.resolve(".run.json.fedcba9876543210.tmp"), "being written");
        Path mine = Files.writeString(dir.resolve(".run.json.notes.tmp"), "mine");
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        for (Path p : new Path[] {stale, staleFolder, staleFolder.getParent(), mine}) {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(hourAgo));
        }
        AtomicFile.write(file, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(stale).doesNotExist();
        assertThat(staleFolder.getParent()).doesNotExist();
        assertThat(young).exists();
        assertThat(mine).exists();
        assertThat(file).hasContent("{}");
    }

    /** The file is written under a longer temporary name first: a name too long for that is refused before any work. */
    @Test
    void aNameTooLongForItsTemporaryNameIsRefusedUpFront() {
        String name = "x".repeat(240) + ".png";
        assertThat(WritableFolder.problem(dir.resolve(name))).hasValueSatisfying(p -> assertThat(p)
                .contains("is too long (at most 233 characters)"));
        assertThat(WritableFolder.problem(dir.resolve("x".repeat(228) + ".png"))).isEmpty();
    }
}
