package io.infraviz.configs;

import io.infraviz.scenario.AtomicFile;
import io.infraviz.scenario.WritableFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Writes a {@link ConfigSet} as a folder, all or nothing: the files go into a temporary sibling
 * folder, which is then moved into place, so a failure leaves no half-written folder behind and an
 * existing folder is only replaced when asked to.
 */
public final class ConfigWriter {
    /** How the message about a folder with files in it ends, for callers that offer to replace it. */
    public static final String NOT_EMPTY = "is not empty";
    /** Ends the message for a folder with files in it that holds no earlier export, whatever {@code replace} says. */
    public static final String NOT_AN_EXPORT = "is not empty and holds no earlier export";

    private ConfigWriter() {
    }

    /**
     * What stops the folder being written, in plain words naming it; empty when nothing does. A
     * folder with files in it is refused ({@link #NOT_EMPTY} ends that message) unless it holds an
     * earlier export and {@code replace} says so; one holding anything else is never replaced
     * ({@link #NOT_AN_EXPORT}), so a slip cannot empty a person's own folder.
     *
     * @param replace whether an earlier export in the folder may be replaced
     */
    public static Optional<String> problem(Path folder, boolean replace) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of("'" + folder + "' is a file, not a folder");
        }
        if (Files.isDirectory(target) && !isEmpty(target)) {
            if (!holdsAnExport(target)) {
                return Optional.of("folder '" + folder + "' " + NOT_AN_EXPORT);
            }
            if (!replace) {
                return Optional.of("folder '" + folder + "' " + NOT_EMPTY);
            }
        }
        // The files are made beside the folder, so its parent must take new ones.
        return WritableFolder.problem(target);
    }

    /** True when the folder holds an earlier export (its README is the one this package writes). */
    private static boolean holdsAnExport(Path folder) {
        try {
            return Files.readString(folder.resolve(ConfigReadme.FILE)).startsWith(ConfigReadme.TITLE);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes every file under {@code folder}, replacing what was there.
     *
     * @throws IOException when the disk refuses; nothing new is left behind then
     */
    public static void write(ConfigSet set, Path folder) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        AtomicFile.removeLeftovers(target);
        String temporary = AtomicFile.temporaryName(target.getFileName().toString());
        Path fresh = parent.resolve(temporary);
        Path old = parent.resolve(temporary.substring(0, temporary.length() - ".tmp".length()) + ".old");
        try {
            Files.createDirectory(fresh);
            for (ConfigFile f : set.files()) {
                Path file = fresh.resolve(f.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.text(), StandardCharsets.UTF_8);
                if (f.path().endsWith(".sh") && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            boolean replacing = Files.exists(target);
            if (replacing) {
                move(target, old);
            }
            try {
                move(fresh, target);
            } catch (IOException e) {
                if (replacing) {
                    move(old, target);
                }
                throw e;
            }
        } finally {
            AtomicFile.deleteTree(fresh);
            AtomicFile.deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
