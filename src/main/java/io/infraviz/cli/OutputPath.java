package io.infraviz.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks a file the command is to write before any work is done: its extension, and that its folder
 * exists and takes new files (tried with a file that is deleted at once), so a long run never ends
 * in "cannot write".
 */
final class OutputPath {
    private OutputPath() {
    }

    /**
     * The extension of {@code out} (one of {@code extensions}, lower case, without the dot).
     *
     * @throws UsageException naming {@code option}, the path and the real reason it cannot be written
     */
    static String check(String option, Path out, List<String> extensions) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = extensions.stream().filter(e -> name.endsWith("." + e)).findFirst().orElseThrow(() ->
                new UsageException(option + ": '" + out + "' must end in ." + String.join(" or .", extensions)
                        + " (the extension chooses the format)"));
        if (Files.isDirectory(out)) {
            throw new UsageException(option + ": '" + out + "' is a folder");
        }
        Path folder = out.toAbsolutePath().getParent();
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new UsageException(option + ": cannot write '" + out + "': '" + existing + "' is a file, not a folder");
        }
        if (!folder.equals(existing)) {
            throw new UsageException(option + ": cannot write '" + out + "': folder '" + folder + "' does not exist");
        }
        tryCreatingIn(option, out, folder);
        return ext;
    }

    private static void tryCreatingIn(String option, Path out, Path folder) {
        Path probe = null;
        try {
            probe = Files.createTempFile(folder, ".infraviz-", ".tmp");
        } catch (AccessDeniedException e) {
            throw new UsageException(option + ": cannot write '" + out + "': permission denied in folder '" + folder + "'");
        } catch (FileSystemException e) {
            // A folder that exists but says "no such file" (like /proc) takes no new files.
            String reason = e.getReason() == null || e.getReason().startsWith("No such file")
                    ? "it takes no new files" : e.getReason();
            throw new UsageException(option + ": cannot write '" + out + "': folder '" + folder + "': " + reason);
        } catch (IOException e) {
            throw new UsageException(option + ": cannot write '" + out + "': " + e.getMessage());
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
