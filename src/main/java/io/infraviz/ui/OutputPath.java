package io.infraviz.ui;

import io.infraviz.scenario.WritableFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the window is about to write a file, checked before any work: the name gets its extension
 * when it has none, and a folder that does not exist, a path under a regular file, a folder or
 * file that cannot be written, or another extension are refused with the reason in plain words.
 */
record OutputPath(Path file, String problem) {
    /** The file to write for the name a person chose, and what stops it (null when nothing does). */
    static OutputPath check(Path chosen, String ext) {
        Path file = withExtension(chosen, ext);
        if (file == null) {
            return new OutputPath(chosen, "InfraViz writes ." + ext + " files here, not ." + extensionOf(chosen));
        }
        return new OutputPath(file, problemWith(file.toAbsolutePath()));
    }

    boolean ok() {
        return problem == null;
    }

    /** The name with {@code .ext} added when it has no extension; null when it has another one. */
    static Path withExtension(Path p, String ext) {
        String found = extensionOf(p);
        if (found.equals(ext)) {
            return p;
        }
        // Only a short word of letters after the last dot is an extension: "run.2024" is just a name.
        return found.matches("[a-z]{1,4}") ? null : p.resolveSibling(p.getFileName() + "." + ext);
    }

    private static String extensionOf(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String problemWith(Path file) {
        if (Files.isDirectory(file)) {
            return "that is a folder";
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return "the file is read-only";
        }
        return WritableFolder.problem(file).orElse(null);
    }
}
