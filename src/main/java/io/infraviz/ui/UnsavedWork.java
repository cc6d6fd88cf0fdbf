package io.infraviz.ui;

import javax.swing.JOptionPane;
import java.awt.Component;
import java.util.function.BooleanSupplier;

/**
 * Whether the run on screen holds work a person has not saved, and the question before it is lost.
 * "Changed" means: since the run was opened, saved (as a run or a topology) or recovered, the
 * person applied a fault (or undid one), edited a setting or loaded a topology (a stage or a
 * file). What a lesson does is the lesson's, not theirs, and time passing is not a change. EDT only.
 */
final class UnsavedWork {
    /** The answers, in the order the question shows them. */
    static final String SAVE = "Save";
    static final String DONT_SAVE = "Don't save";
    static final String CANCEL = "Cancel";
    static final String TITLE = "Unsaved changes";

    private final BooleanSupplier lessonRunning;
    /** What the work is, in the question: "run", or "design" in design mode. */
    private final String what;
    private boolean changed;
    /** Counts the person's changes, so that the recovery file is written only when there is something new. */
    private long edits;
    private Runnable whenSaved = () -> { };

    UnsavedWork(SimulationDriver driver, BooleanSupplier lessonRunning) {
        this.lessonRunning = lessonRunning;
        this.what = "run";
        driver.addEditListener(this::edited);
    }

    /** Work that says itself when it changed ({@link #markChanged}), e.g. a design being drawn. */
    UnsavedWork(String what) {
        this.lessonRunning = () -> false;
        this.what = what;
    }

    private void edited() {
        if (!lessonRunning.getAsBoolean()) {
            changed = true;
            edits++;
        }
    }

    boolean changed() {
        return changed;
    }

    long edits() {
        return edits;
    }

    /** The run was saved or opened: nothing is unsaved now. */
    void saved() {
        changed = false;
        whenSaved.run();
    }

    /** Who hears that nothing is unsaved any more (the recovery file goes). */
    void whenSaved(Runnable r) {
        whenSaved = r;
    }

    /** A recovered run is still unsaved work. */
    void recovered() {
        markChanged();
    }

    /** The work changed (for work that says so itself, like a design). */
    void markChanged() {
        changed = true;
        edits++;
    }

    /**
     * Before the run is lost ({@code before}: "quitting", "opening another file"), asks
     * "Save / Don't save / Cancel" if it has unsaved changes. True when it is fine to go on: saved
     * ({@code save} true), not wanted, or nothing to save; false on Cancel or a save not made.
     */
    boolean askBefore(Component owner, String before, BooleanSupplier save) {
        if (!changed) {
            return true;
        }
        Object[] answers = {SAVE, DONT_SAVE, CANCEL};
        int a = JOptionPane.showOptionDialog(owner,
                "The " + what + " has changes you have not saved.\nDo you want to save them before " + before + "?",
                TITLE, JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null, answers, SAVE);
        return switch (a) {
            case 0 -> save.getAsBoolean();
            case 1 -> true;
            default -> false;
        };
    }
}
