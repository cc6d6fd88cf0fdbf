package io.infraviz.ui;

import io.infraviz.export.MomentFile;
import io.infraviz.scenario.Moment;

import javax.swing.JOptionPane;
import javax.swing.Timer;
import java.awt.Component;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Keeps unsaved work through a crash: while the run has unsaved changes it is written every few
 * seconds, as a saved run, to the recovery file in the {@link ConfigFolder} (the moment is taken on
 * the EDT and written on a thread of its own); a clean save or quit deletes it. On the next start,
 * a recovery file left behind is offered back.
 */
final class Recovery {
    static final String QUESTION = "Recover your last session?";
    private static final int EVERY_MS = 5_000;

    private final SimulationDriver driver;
    private final UnsavedWork work;
    private final Path file;
    private final Timer timer;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "infraviz-recovery");
        t.setDaemon(true);
        return t;
    });
    private long keptEdits = -1;

    Recovery(SimulationDriver driver, UnsavedWork work, Path file) {
        this.driver = driver;
        this.work = work;
        this.file = file;
        this.timer = new Timer(EVERY_MS, e -> keepNow());
    }

    /** Offers back a run the last session left unsaved, then keeps this session's. EDT only. */
    void start(Component owner) {
        offer(owner);
        timer.start();
    }

    /** Writes the run down if it has unsaved changes not written yet. EDT only. */
    void keepNow() {
        if (!work.changed() || work.edits() == keptEdits) {
            return;
        }
        keptEdits = work.edits();
        Moment m = driver.moment();
        later(() -> {
            try {
                Files.createDirectories(file.getParent());
                MomentFile.write(m, file);
            } catch (IOException | RuntimeException e) {
                ProblemLog.record(Thread.currentThread(), e);
            }
        });
    }

    /** Nothing is unsaved any more (saved, or the person chose not to): the file goes. */
    void discard() {
        keptEdits = -1;
        later(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                ProblemLog.record(Thread.currentThread(), e);
            }
        });
    }

    /** Work for the writer's thread, in order; none once the window is gone. */
    private void later(Runnable r) {
        if (!writer.isShutdown()) {
            writer.execute(r);
        }
    }

    /** Stops keeping the run and waits (briefly) for the last write or delete to end. */
    void stop() {
        timer.stop();
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offer(Component owner) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Moment m;
        try {
            m = MomentFile.fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException | MomentFile.BadMomentFile | RuntimeException e) {
            // A recovery file that cannot be read is of no use to anyone: noted in the log, then gone.
            ProblemLog.record(Thread.currentThread(), e);
            discard();
            return;
        }
        int a = JOptionPane.showOptionDialog(owner,
                "InfraViz closed last time with a run that was not saved.\n" + QUESTION,
                "Recover", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null,
                new Object[] {"Recover", "Start fresh"}, "Recover");
        if (a == 0) {
            driver.restore(m);
            work.recovered();
        } else {
            discard();
        }
    }
}
