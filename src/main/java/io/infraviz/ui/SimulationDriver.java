package io.infraviz.ui;

import io.infraviz.analysis.LiveMetrics;
import io.infraviz.engine.SimTime;
import io.infraviz.model.Fault;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Moment;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.swing.Timer;

/**
 * Drives the simulation for the window: one Swing timer advances simulated time by the wall time
 * since the last tick times the speed (with a work budget so a tick stays short), then hands the
 * events of that tick to the views, which get a read-only {@link SimulationView}; every change
 * goes through here. The run and its record, which let it go back to any past moment and resume
 * from there, forgetting the old future, are a {@link RecordedRun}. EDT only.
 */
public final class SimulationDriver {
    /** Receives each tick's events after the simulation ran; {@code rebuilt} when the run was replaced. */
    public interface FrameListener {
        void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt);
    }

    /**
     * Hears every change of the live settings, whoever made it: a control, a lesson (now or at a
     * later time of the run), a stage or file loaded, a reset, a seek into the past.
     */
    public interface SettingsListener {
        void settingsChanged(SimulationSettings settings);
    }

    /** How far back the timeline reaches. */
    public static final long HISTORY_US = SimTime.seconds(5 * 60);
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 10;

    private final Timer timer;
    private final List<FrameListener> listeners = new ArrayList<>();
    private final List<SettingsListener> settingsListeners = new ArrayList<>();
    private final List<Runnable> editListeners = new ArrayList<>();
    /** Above 0 while a lesson acts on the run: its changes are not the person's work. */
    private int lessonActing;
    private SimulationSettings publishedSettings;
    private final RecordedRun run;
    private boolean playing;
    private boolean behind;
    private double speed = 1;
    private long lastTickNanos;
    private java.util.function.Consumer<RuntimeException> onError = e -> {
        throw e;
    };

    public SimulationDriver(Topology topology, SimulationSettings settings, long seed) {
        this.timer = new Timer(15, e -> tick(System.nanoTime()));
        this.timer.setCoalesce(true);
        this.run = new RecordedRun(new Moment(topology, settings, seed, List.of(), 0));
        publish(true);
    }

    // ---- state -------------------------------------------------------------------------------

    public SimulationView simulation() {
        return run.simulation();
    }

    public LiveMetrics metrics() {
        return run.metrics();
    }

    public boolean playing() {
        return playing;
    }

    /** True when the last tick ran out of budget: the simulation cannot keep up with the speed. */
    public boolean behind() {
        return behind;
    }

    public double speed() {
        return speed;
    }

    /** The furthest time the run has reached (the timeline's right end). */
    public long headUs() {
        return run.headUs();
    }

    /** The earliest time the timeline offers. */
    public long historyStartUs() {
        return Math.max(0, run.headUs() - HISTORY_US);
    }

    /** True when the view shows a past moment (playing from here forgets what came after). */
    public boolean inThePast() {
        return run.inThePast();
    }

    /** The run so far, at the current time: what an exported PNG carries. */
    public Moment moment() {
        return run.moment();
    }

    public void addFrameListener(FrameListener l) {
        listeners.add(l);
    }

    public void removeFrameListener(FrameListener l) {
        listeners.remove(l);
    }

    /** Adds a listener and tells it the current settings at once. */
    public void addSettingsListener(SettingsListener l) {
        settingsListeners.add(l);
        l.settingsChanged(settings());
    }

    /** The live settings: the one source every view reads (the simulation's, at its current time). */
    public SimulationSettings settings() {
        return run.simulation().settings();
    }

    /**
     * Changes the live settings now by an edit of the current ones, so that a control changes only
     * what it shows and never writes back values someone else changed meanwhile.
     */
    public void updateSettings(UnaryOperator<SimulationSettings> edit) {
        run.edit(edit);
        publish(false);
        edited();
    }

    /** Hears each change a person makes to the run: a fault applied, a setting edited, a topology loaded. */
    public void addEditListener(Runnable l) {
        editListeners.add(l);
    }

    /** Runs a lesson's action on the run: it is not reported as the person's edit. */
    void asLesson(Runnable action) {
        lessonActing++;
        try {
            action.run();
        } finally {
            lessonActing--;
        }
    }

    private void edited() {
        if (lessonActing == 0) {
            List.copyOf(editListeners).forEach(Runnable::run);
        }
    }

    /** Who hears of an unexpected failure inside the simulation (it pauses; the window stays usable). */
    public void setErrorHandler(java.util.function.Consumer<RuntimeException> handler) {
        this.onError = handler;
    }

    // ---- controls ----------------------------------------------------------------------------

    /** Starts the timer (the clock only moves while playing). */
    public void start() {
        lastTickNanos = System.nanoTime();
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    public void play() {
        run.leaveThePast();
        playing = true;
        lastTickNanos = System.nanoTime();
        publish(false);
    }

    public void pause() {
        playing = false;
        publish(false);
    }

    public void togglePlay() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** Speed 0.1x to 10x (1x: one simulated second per second). */
    public void setSpeed(double newSpeed) {
        speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, newSpeed));
        publish(false);
    }

    /** Pauses and runs exactly one event (one hop of one request, a check, a fault). */
    public void step() {
        playing = false;
        run.step();
        publish(false);
    }

    /** Pauses and goes back one event, by replaying the run up to the event before. */
    public void stepBack() {
        playing = false;
        if (run.stepBack()) {
            publish(true);
        }
    }

    /** Pauses and shows the moment {@code timeUs} (within the timeline), recomputed from the start. */
    public void seek(long timeUs) {
        playing = false;
        run.seek(Math.max(historyStartUs(), Math.min(run.headUs(), timeUs)));
        publish(true);
    }

    /**
     * Goes back to {@code timeUs} as it was before anything the person did at or after it: those
     * actions are forgotten (a lesson's Back, undo of an action that has no inverse). Paused.
     */
    public void rewindTo(long timeUs) {
        playing = false;
        run.rewindTo(timeUs);
        publish(true);
    }

    /** Applies a fault now (and records it). In the past, the future is forgotten first. */
    public void apply(Fault fault) {
        run.apply(fault);
        publish(false);
        edited();
    }

    /** Applies a fault at a later time of this run (and records it), as a lesson's timed action does. */
    public void applyAt(long atUs, Fault fault) {
        run.applyAt(atUs, fault);
        publish(false);
    }

    /**
     * Changes the settings at a later time of this run by an edit of the settings as they are
     * then (a lesson's timed change): whatever changed meanwhile, by hand or otherwise, is kept.
     * It is recorded, as the settings it gives, when the run reaches that time.
     */
    public void updateSettingsAt(long atUs, UnaryOperator<SimulationSettings> edit) {
        run.editAt(atUs, edit);
    }

    /** Changes the settings now (and records it). */
    public void changeSettings(SimulationSettings settings) {
        updateSettings(any -> settings);
    }

    /** Starts over: time 0, everything running, with the current settings. */
    public void reset() {
        Moment record = run.recording();
        restart(new Moment(record.topology(), settings(), record.seed(), List.of(), 0));
    }

    /** Starts a new run of another topology (a stage, a file). */
    public void load(Topology topology, SimulationSettings settings) {
        restart(new Moment(topology, settings.forTopology(topology), run.recording().seed(), List.of(), 0));
        edited();
    }

    /** Restores a moment (from an exported PNG): the same run, at the same time, paused. */
    public void restore(Moment moment) {
        playing = false;
        restart(moment.at(0));
        run.runUpTo(moment);
        publish(true);
    }

    private void restart(Moment m) {
        run.restart(m);
        publish(true);
    }

    // ---- the loop ----------------------------------------------------------------------------

    /** One frame: advance by the wall time elapsed times the speed, then tell the views. */
    void tick(long nowNanos) {
        long wallUs = Math.min(100_000, Math.max(0, (nowNanos - lastTickNanos) / 1000));
        lastTickNanos = nowNanos;
        if (playing) {
            long target = run.simulation().now() + Math.round(wallUs * speed);
            try {
                behind = !run.runTo(target);
            } catch (RuntimeException e) {
                playing = false;
                onError.accept(e);
            }
        }
        publish(false);
    }

    private void publish(boolean rebuilt) {
        List<SimEvent> events = run.takeEvents();
        Simulation sim = run.simulation();
        for (FrameListener l : List.copyOf(listeners)) {
            l.frame(sim, events, rebuilt);
        }
        // Settings are immutable values: a new one is a change, whoever made it and whenever it took effect.
        if (sim.settings() != publishedSettings) {
            publishedSettings = sim.settings();
            for (SettingsListener l : List.copyOf(settingsListeners)) {
                l.settingsChanged(publishedSettings);
            }
        }
    }
}
