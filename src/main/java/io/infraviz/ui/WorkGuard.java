package io.infraviz.ui;

import javax.swing.JFrame;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The person's work over a session: Quit and the window's close button ask before unsaved work is
 * lost ({@link UnsavedWork}), and the app's own session keeps it for recovery ({@link Recovery}).
 */
final class WorkGuard {
    final UnsavedWork unsaved;
    private final JFrame frame;
    private final SimulationDriver driver;
    private Recovery recovery;

    WorkGuard(JFrame frame, SimulationDriver driver, BooleanSupplier lessonRunning) {
        this.frame = frame;
        this.driver = driver;
        this.unsaved = new UnsavedWork(driver, lessonRunning);
    }

    /** The close button asks as Quit does. */
    void guardClosing(BooleanSupplier save) {
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit(save);
            }
        });
    }

    /** Closes the window unless the person cancels to keep unsaved work; a clean quit leaves no recovery file. */
    void quit(BooleanSupplier save) {
        if (unsaved.askBefore(frame, "quitting", save)) {
            if (recovery != null) {
                recovery.discard();
            }
            frame.dispose();
        }
    }

    /** Offers back the last session's unsaved run from {@code file}, then keeps this one's there. */
    void keepForRecovery(Path file) {
        recovery = new Recovery(driver, unsaved, file);
        unsaved.whenSaved(recovery::discard);
        recovery.start(frame);
    }

    /** The window goes away: the last write of the recovery file ends first. */
    void stop() {
        if (recovery != null) {
            recovery.stop();
        }
    }
}
