package io.infraviz.cli;

import io.infraviz.scenario.WritableFolder;

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
        WritableFolder.problem(out).ifPresent(problem -> {
            throw new UsageException(option + ": cannot write '" + out + "': " + problem);
        });
        return ext;
    }
}
