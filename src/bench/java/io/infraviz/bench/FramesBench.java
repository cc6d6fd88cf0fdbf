package io.infraviz.bench;

import com.mxgraph.util.mxEvent;
import io.infraviz.model.CapacitySettings;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import io.infraviz.ui.MainFrame;
import io.infraviz.ui.SimulationDriver;
import io.infraviz.ui.Themes;

import javax.swing.RepaintManager;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Frames: the real window (1600 x 900, the distributed stage, light theme, classroom preset at 1x)
 * driven by its own timer, with the request rate raised until the wanted number of travellers is
 * in flight; then, for the measuring time, every Swing paint pass that drew the diagram is timed
 * ({@link PaintClock}) and counted. The application servers get enough workers that nothing
 * queues, so the travellers move along the links (waiting ones are drawn as a count, not dots).
 * The floor is {@link DotFloor}: the same number of dots on an empty component of the same size.
 */
final class FramesBench {
    /** Window size of the measurement. */
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    /** A classroom request's time from the user and back, first guess (measured and corrected). */
    private static final double FIRST_LATENCY_US = 4_200_000;

    /** How long and at which loads to measure. */
    record Sizes(int[] levels, long settleMs, long sampleMs, long measureMs, int maxAdjustments) {
    }

    /**
     * One load level.
     *
     * @param inFlight         the level asked for
     * @param measuredInFlight travellers in flight on average during the measurement
     * @param waiting          of them, waiting without a dot (queues, hung parts) on average
     * @param behindShare      share of the timer's samples where the simulation could not keep up
     */
    record Level(int inFlight, double measuredInFlight, double waiting, double p50, double p95, double p99,
                 double fps, int frames, double floorP50, double floorP95, double floorP99, double floorFps,
                 double behindShare) {
    }

    record Result(List<Level> levels, double heapMbAtMax, int maxLevel, int viewWidth, int viewHeight) {
    }

    private FramesBench() {
    }

    /**
     * Measures each level in the window, then (with {@code floors}) each floor; with
     * {@code memory}, the live heap at the last level.
     */
    static Result run(Sizes sizes, boolean memory, boolean floors, PrintStream log) {
        PaintClock clock = new PaintClock();
        RepaintManager previous = Edt.call(() -> RepaintManager.currentManager((java.awt.Component) null));
        Edt.run(() -> RepaintManager.setCurrentManager(clock));
        try {
            return measure(sizes, memory, floors, log, clock);
        } finally {
            Edt.run(() -> RepaintManager.setCurrentManager(previous));
        }
    }

    private static Result measure(Sizes sizes, boolean memory, boolean floors, PrintStream log, PaintClock clock) {
        Topology topology = Stages.DISTRIBUTED.topology();
        int first = sizes.levels()[0];
        SimulationSettings settings = Preset.CLASSROOM.settings().forTopology(topology)
                .withCapacity(new CapacitySettings(1_000_000, 0));
        settings = settings.withTraffic(settings.traffic().withInterval(intervalFor(FIRST_LATENCY_US, first)));
        SimulationSettings start = settings;
        MainFrame frame = Edt.call(() -> {
            Themes.install(false, false);
            MainFrame f = MainFrame.open(topology, start, Themes.forTheSession(), io.infraviz.ui.FirstDiagram.none());
            f.setSize(WIDTH, HEIGHT);
            f.validate();
            f.diagramView().addListener(mxEvent.PAINT, (sender, evt) -> clock.painted());
            return f;
        });
        List<Level> appLevels = new ArrayList<>();
        double heap = Double.NaN;
        int viewW;
        int viewH;
        double viewScale;
        try {
            Edt.sleep(Math.min(1000, sizes.settleMs()));
            int[] size = Edt.call(() -> new int[] {frame.diagramView().getGraphControl().getWidth(),
                    frame.diagramView().getGraphControl().getHeight()});
            viewW = size[0];
            viewH = size[1];
            double latency = FIRST_LATENCY_US;
            for (int n : sizes.levels()) {
                long interval = intervalFor(latency, n);
                setInterval(frame, interval);
                Edt.sleep(sizes.settleMs());
                for (int k = 0; k < sizes.maxAdjustments(); k++) {
                    double avg = sample(frame, sizes.sampleMs())[0];
                    if (Math.abs(avg - n) <= 0.05 * n || avg <= 0) {
                        break;
                    }
                    interval = Math.max(1, Math.round(interval * avg / n));
                    setInterval(frame, interval);
                    Edt.sleep(sizes.settleMs());
                }
                latency = interval * (double) n;
                log.printf("frames: %d in flight (a request every %d us of simulated time), measuring %.1f s%n",
                        n, interval, sizes.measureMs() / 1000.0);
                Edt.run(clock::start);
                double[] s = sample(frame, sizes.measureMs());
                Edt.run(clock::stop);
                double[] paints = clock.samples();
                appLevels.add(new Level(n, s[0], s[1], Stats.percentile(paints, 50), Stats.percentile(paints, 95),
                        Stats.percentile(paints, 99), clock.fps(), paints.length, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, s[2]));
            }
            viewScale = Edt.call(() -> frame.diagramView().getGraph().getView().getScale());
            if (memory) {
                heap = Heap.liveMb();
                log.printf("memory: %.0f MB of live heap with %d in flight%n", heap, sizes.levels()[sizes.levels().length - 1]);
            }
        } finally {
            Edt.run(() -> {
                frame.driver().stop();
                frame.dispose();
            });
        }
        Edt.sleep(300);

        if (!floors) {
            return new Result(appLevels, heap, sizes.levels()[sizes.levels().length - 1], viewW, viewH);
        }
        List<Level> levels = new ArrayList<>();
        for (Level a : appLevels) {
            log.printf("frames floor: %d dots on an empty component, measuring %.1f s%n", a.inFlight(),
                    sizes.measureMs() / 1000.0);
            DotFloor.Result f = DotFloor.run(a.inFlight(), viewW, viewH, viewScale, Math.min(1000, sizes.settleMs()),
                    sizes.measureMs(), clock);
            levels.add(new Level(a.inFlight(), a.measuredInFlight(), a.waiting(), a.p50(), a.p95(), a.p99(), a.fps(),
                    a.frames(), f.p50(), f.p95(), f.p99(), f.fps(), a.behindShare()));
        }
        return new Result(levels, heap, sizes.levels()[sizes.levels().length - 1], viewW, viewH);
    }

    static long intervalFor(double latencyUs, int inFlight) {
        return Math.max(1, Math.round(latencyUs / inFlight));
    }

    private static void setInterval(MainFrame frame, long interval) {
        Edt.run(() -> {
            SimulationDriver d = frame.driver();
            SimulationSettings s = d.simulation().settings();
            d.changeSettings(s.withTraffic(s.traffic().withInterval(interval)));
        });
    }

    /**
     * Samples the simulation every 100 ms for {@code ms}: average travellers in flight, average of
     * them waiting, and the share of samples where the driver was behind (out of event budget).
     */
    private static double[] sample(MainFrame frame, long ms) {
        long end = System.nanoTime() + ms * 1_000_000L;
        double sum = 0;
        double waiting = 0;
        int behind = 0;
        int n = 0;
        while (System.nanoTime() < end) {
            Edt.sleep(100);
            int[] c = Edt.call(() -> {
                io.infraviz.sim.SimulationView sim = frame.driver().simulation();
                int w = 0;
                for (int i = 0, k = sim.inFlightCount(); i < k; i++) {
                    if (sim.inFlight(i).waiting()) {
                        w++;
                    }
                }
                return new int[] {sim.inFlightCount(), w, frame.driver().behind() ? 1 : 0};
            });
            sum += c[0];
            waiting += c[1];
            behind += c[2];
            n++;
        }
        return n == 0 ? new double[] {0, 0, 0} : new double[] {sum / n, waiting / n, behind / (double) n};
    }
}
