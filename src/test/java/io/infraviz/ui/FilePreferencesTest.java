package io.infraviz.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The theme and motion choices survive a restart, in the config folder, without Java's XML preferences. */
class FilePreferencesTest {
    @TempDir
    Path dir;

    @Test
    void aChoiceIsThereAfterARestart() {
        Path file = dir.resolve("config").resolve(FilePreferences.FILE_NAME);
        Themes first = new Themes(new FilePreferences(file, FilePreferencesTest::nothingOlder));
        assertThat(first.dark()).isFalse();
        first.rememberDark(true);
        first.rememberReducedMotion(true);
        assertThat(file).isRegularFile();

        Themes next = new Themes(new FilePreferences(file, FilePreferencesTest::nothingOlder));
        assertThat(next.dark()).isTrue();
        assertThat(next.reducedMotion()).isTrue();
        assertThat(dir.resolve("config").toFile().list()).as("no temporary file left behind").containsExactly(FilePreferences.FILE_NAME);
    }

    @Test
    void whatAnEarlierVersionRememberedIsTakenOverOnce() throws Exception {
        Path file = dir.resolve(FilePreferences.FILE_NAME);
        Preferences older = new FilePreferences(dir.resolve("older.properties"), FilePreferencesTest::nothingOlder);
        older.putBoolean(Themes.PREF_DARK, true);

        assertThat(new Themes(new FilePreferences(file, () -> older)).dark()).as("taken over").isTrue();
        assertThat(file).as("kept at once, so the next start reads only this file").isRegularFile();
        assertThat(new Themes(new FilePreferences(file, () -> {
            throw new AssertionError("asked again");
        })).dark()).isTrue();
        Themes mine = new Themes(new FilePreferences(file, () -> older));
        mine.rememberDark(false);
        assertThat(new Themes(new FilePreferences(file, () -> older)).dark()).as("the app's own file wins after").isFalse();
    }

    @Test
    void anUnreadableFileLeavesTheDefaultsAndAnUnwritableFolderIsNoError() throws Exception {
        Path file = dir.resolve(FilePreferences.FILE_NAME);
        Files.write(file, new byte[] {'\\', 'u', '1'});
        assertThat(new Themes(new FilePreferences(file, FilePreferencesTest::nothingOlder)).dark()).isFalse();

        Path underAFile = file.resolve("x").resolve(FilePreferences.FILE_NAME);
        Themes themes = new Themes(new FilePreferences(underAFile, FilePreferencesTest::nothingOlder));
        themes.rememberDark(true);
        assertThat(themes.dark()).as("lasts for the session").isTrue();
    }

    @Test
    void aTestsOrTheBenchmarksChoicesLastForTheSessionOnly() {
        Themes session = Themes.forTheSession();
        session.rememberDark(true);
        assertThat(session.dark()).isTrue();
        assertThat(Themes.forTheSession().dark()).as("a new session starts light").isFalse();
    }

    private static Preferences nothingOlder() {
        return null;
    }
}
