package io.infraviz.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writing a file so that nobody ever sees half of it, and the old one stays if anything fails:
 * every file the app writes (topologies, saved runs, exported images, the recovery file) goes
 * through here.
 */
public final class AtomicFile {
    /** What goes into the file, written to a stream; anything it throws leaves the old file as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code bytes} as the whole new content of {@code file}; see {@link #write(Path, Content)}. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /**
     * Writes the content to a new temporary file next to {@code file}, flushes it to disk, then
     * moves it over {@code file} (atomically where the file system can): readers never see half a
     * file. Whatever fails, and however, the temporary file is removed.
     */
    /** The name a file is first written under: hidden, unique, and telling what it is for. */
    public static String temporaryName(String name) {
        return "." + name + "." + String.format("%016x", ThreadLocalRandom.current().nextLong()) + ".tmp";
    }

    /**
     * Removes what an earlier write of {@code target} left when its program was killed mid-way: its
     * hidden {@code .NAME.<16 hex>.tmp} (or {@code .old}) siblings over a minute old (a write going on
     * elsewhere is younger). Only those names, so nothing a person made is touched.
     */
    public static void removeLeftovers(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        java.util.regex.Pattern ours = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote("." + name + ".")
                + "[0-9a-f]{16}\\.(tmp|old)");
        long minuteAgo = System.currentTimeMillis() - 60_000;
        try (var siblings = Files.newDirectoryStream(dir, p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path p : siblings) {
                if (Files.getLastModifiedTime(p).toMillis() < minuteAgo) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only tidying: the write itself does not depend on it.
        }
    }

    /** Deletes a file, or a folder with everything in it; nothing when it is not there. */
    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var all = Files.walk(p)) {
            for (Path each : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "no such folder");
        }
        removeLeftovers(target);
        Path tmp = dir.resolve(temporaryName(target.getFileName().toString()));
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // Not closed here: closing the stream would close the channel before force().
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
