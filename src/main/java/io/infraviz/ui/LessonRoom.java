package io.infraviz.ui;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * On a short window (a classroom laptop) a lesson takes the charts strip's room, and gives it back
 * when it ends, unless the person had closed the strip themselves.
 */
final class LessonRoom {
    /** Below this window height the diagram and a lesson cannot share the screen with the charts. */
    private static final int SHORT_WINDOW = 900;

    private final Shortcuts.Toggle bottomPanel;
    private final IntSupplier windowHeight;
    private final BooleanSupplier presentation;
    private boolean stripHidden;

    LessonRoom(Shortcuts.Toggle bottomPanel, IntSupplier windowHeight, BooleanSupplier presentation) {
        this.bottomPanel = bottomPanel;
        this.windowHeight = windowHeight;
        this.presentation = presentation;
    }

    /** A lesson opened ({@code true}) or closed. */
    void lessonShown(boolean lesson) {
        if (lesson && bottomPanel.on() && windowHeight.getAsInt() < SHORT_WINDOW) {
            stripHidden = true;
            bottomPanel.set(false);
        } else if (!lesson && stripHidden) {
            stripHidden = false;
            bottomPanel.set(!presentation.getAsBoolean());
        }
    }

    /** True while the strip is closed for a lesson (it stays closed when leaving presentation mode). */
    boolean stripHidden() {
        return stripHidden;
    }
}
