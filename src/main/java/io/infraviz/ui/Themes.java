package io.infraviz.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.infraviz.diagram.Fonts;

import javax.swing.UIManager;
import java.util.prefs.Preferences;

/** Light and dark look (FlatLaf), large type for presentations, and the remembered choices. */
public final class Themes {
    /** Preference keys, in one place. */
    static final String PREF_DARK = "theme.dark";
    static final String PREF_REDUCED_MOTION = "motion.reduced";

    private final Preferences prefs;

    public Themes(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Choices that last for the session only (a test's or the benchmark's window). */
    public static Themes forTheSession() {
        return new Themes(new FilePreferences(null, () -> null));
    }

    /** Where the app remembers its choices between sessions (see {@link FilePreferences}). */
    public static Preferences remembered() {
        return FilePreferences.ofTheApp();
    }

    public boolean dark() {
        return prefs.getBoolean(PREF_DARK, false);
    }

    public boolean reducedMotion() {
        return prefs.getBoolean(PREF_REDUCED_MOTION, false);
    }

    public void rememberDark(boolean dark) {
        prefs.putBoolean(PREF_DARK, dark);
    }

    public void rememberReducedMotion(boolean reduced) {
        prefs.putBoolean(PREF_REDUCED_MOTION, reduced);
    }

    /** Installs the look and feel (before any window exists, or followed by {@link FlatLaf#updateUI()}). */
    public static void install(boolean dark, boolean presentation) {
        UIManager.put("defaultFont", Fonts.window(presentation));
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches the look of every open window. */
    public static void switchTo(boolean dark, boolean presentation) {
        install(dark, presentation);
        FlatLaf.updateUI();
    }
}
