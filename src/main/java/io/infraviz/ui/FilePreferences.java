package io.infraviz.ui;

import io.infraviz.scenario.AtomicFile;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The remembered choices (theme, motion) as a small properties file in the app's config folder.
 * Java's own user preferences are an XML file on Linux whose parser costs about 60 ms at every
 * start, before the window can even choose its theme. Choices an earlier version remembered there
 * are read once, when this file does not exist yet. A file that cannot be read or written leaves
 * the defaults, and the choices last for the session: they are conveniences, not work.
 */
final class FilePreferences extends AbstractPreferences {
    static final String FILE_NAME = "preferences.properties";

    private final Path file;
    private final Properties values = new Properties();

    /**
     * @param file  where the choices are kept (null: nowhere, they last for the session)
     * @param older where an earlier version kept them (asked only when {@code file} does not exist; null: nowhere)
     */
    FilePreferences(Path file, Supplier<Preferences> older) {
        super(null, "");
        this.file = file;
        if (file == null) {
            return;
        }
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        } else {
            Preferences earlier = older.get();
            if (earlier != null) {
                copy(earlier);
            }
            // Written at once, so that the next start never asks Java's preferences again.
            save();
        }
    }

    /** The app's own: in its config folder, taking over what Java's preferences held. */
    static Preferences ofTheApp() {
        return new FilePreferences(ConfigFolder.path().resolve(FILE_NAME), () -> Preferences.userRoot().node("io/infraviz"));
    }

    private void copy(Preferences older) {
        try {
            for (String key : older.keys()) {
                String value = older.get(key, null);
                if (value != null) {
                    values.setProperty(key, value);
                }
            }
        } catch (BackingStoreException | IllegalStateException e) {
            // Nothing to take over.
        }
    }

    @Override
    protected void putSpi(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    @Override
    protected String getSpi(String key) {
        return values.getProperty(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
        save();
    }

    @Override
    protected String[] keysSpi() {
        return values.stringPropertyNames().toArray(new String[0]);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        throw new UnsupportedOperationException("the app's preferences have no sub-nodes");
    }

    @Override
    protected void removeNodeSpi() {
        throw new UnsupportedOperationException("the app's preferences cannot be removed");
    }

    @Override
    protected void syncSpi() {
        // Written on every change.
    }

    @Override
    protected void flushSpi() {
        // Written on every change.
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            StringWriter w = new StringWriter();
            values.store(w, "InfraViz: remembered choices");
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, w.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Unwritable: the choice lasts for this session.
        }
    }
}
