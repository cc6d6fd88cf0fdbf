package io.infraviz.ui;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The app's own folder for what it keeps between sessions: the recovery file of unsaved work and
 * the log of unexpected problems, and the theme and motion choices ({@link FilePreferences}).
 * {@code ~/.config/infraviz} on Linux ({@code $XDG_CONFIG_HOME/infraviz} when set),
 * {@code %APPDATA%\InfraViz} on Windows, {@code ~/Library/Application Support/InfraViz} on macOS.
 * The system property {@value #PROPERTY} moves it (the tests point it at a temporary folder).
 */
public final class ConfigFolder {
    public static final String PROPERTY = "infraviz.config.dir";

    private ConfigFolder() {
    }

    /** The folder (it may not exist yet: writers create it). */
    public static Path path() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "InfraViz");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/InfraViz");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("infraviz");
    }

    /** Where unexpected problems are written down. */
    public static Path logFile() {
        return path().resolve("infraviz.log");
    }

    /** Where the current run is kept while it has unsaved changes. */
    public static Path recoveryFile() {
        return path().resolve("recovery.json");
    }
}
