package io.infraviz.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a file can be written where it is to go, asked before any work so that a long run or an
 * export never ends in "cannot write": its folder must exist, be a folder, and take a new file (tried
 * with one that is deleted at once). The one place the command line and the window ask.
 */
public final class WritableFolder {
    /** The longest file name most file systems take, in bytes. */
    private static final int MAX_NAME_BYTES = 255;

    private WritableFolder() {
    }

    /** What stops {@code file} being written, in plain words naming the folder; empty when nothing does. */
    public static Optional<String> problem(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.of("that is not a file's name");
        }
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return Optional.of("'" + existing + "' is a file, not a folder");
        }
        if (!folder.equals(existing)) {
            return Optional.of("folder '" + folder + "' does not exist");
        }
        // The file is written under a longer temporary name first (AtomicFile): that one must fit too.
        int longest = MAX_NAME_BYTES - AtomicFile.temporaryName("").getBytes(StandardCharsets.UTF_8).length;
        if (file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length > longest) {
            return Optional.of("the name '" + file.getFileName() + "' is too long (at most " + longest + " characters)");
        }
        return tryCreatingIn(folder);
    }

    private static Optional<String> tryCreatingIn(Path folder) {
        Path probe = null;
        try {
            probe = Files.createTempFile(folder, ".infraviz-", ".tmp");
            return Optional.empty();
        } catch (AccessDeniedException e) {
            return Optional.of("permission denied in folder '" + folder + "'");
        } catch (FileSystemException e) {
            // A folder that exists but says "no such file" (like /proc) takes no new files.
            String reason = e.getReason() == null || e.getReason().startsWith("No such file")
                    ? "it takes no new files" : e.getReason();
            return Optional.of("folder '" + folder + "': " + reason);
        } catch (IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // A probe the folder let us create it lets us delete; nothing useful to say otherwise.
                }
            }
        }
    }
}
