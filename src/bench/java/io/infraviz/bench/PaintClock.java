package io.infraviz.bench;

import javax.swing.RepaintManager;
import java.util.Arrays;

/**
 * Times Swing's painting: a {@link RepaintManager} that measures every pass of
 * {@link #paintDirtyRegions()} (everything the window repaints in one frame, shown on screen at
 * the end) and keeps the passes in which the watched component painted ({@link #painted()} is
 * called from its paint). Those are the frames: their count over the recording is the achieved
 * frame rate, their durations the paint times. EDT only, apart from {@link #start()} and
 * {@link #stop()}, which only flip a flag.
 */
final class PaintClock extends RepaintManager {
    private volatile boolean recording;
    private boolean watchedPainted;
    private double[] samples = new double[1024];
    private int count;
    private long startNanos;
    private long stopNanos;

    /** Called from the watched component's paint. */
    void painted() {
        watchedPainted = true;
    }

    @Override
    public void paintDirtyRegions() {
        long t0 = System.nanoTime();
        watchedPainted = false;
        super.paintDirtyRegions();
        long t1 = System.nanoTime();
        if (watchedPainted && recording) {
            if (count == samples.length) {
                samples = Arrays.copyOf(samples, count * 2);
            }
            samples[count++] = (t1 - t0) / 1e6;
        }
    }

    /** Starts a recording (forgets the previous one). Call on the EDT. */
    void start() {
        count = 0;
        startNanos = System.nanoTime();
        recording = true;
    }

    /** Ends the recording. Call on the EDT. */
    void stop() {
        recording = false;
        stopNanos = System.nanoTime();
    }

    /** Paint times of the recorded frames, in ms. */
    double[] samples() {
        return Arrays.copyOf(samples, count);
    }

    /** Frames painted per second during the recording. */
    double fps() {
        double s = (stopNanos - startNanos) / 1e9;
        return s <= 0 ? 0 : count / s;
    }
}
