package io.infraviz.ui;

import io.infraviz.analysis.LiveMetrics;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Moment;
import io.infraviz.sim.SimEvent;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.fault.Fault;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.lb.BackendServer;

import javax.swing.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Drives the simulation for the window: one Swing timer advances simulated time by the wall time
 * since the last tick times the speed (with a work budget so a tick stays short), then hands the
 * events of that tick to the views. It also keeps the run's {@link Moment} — what the person did
 * and when — so it can go back to any past moment by replaying, and resume from there, forgetting
 * the old future. EDT only.
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

    /** Events one tick may run at most, so a frame never takes long; time falls behind instead. */
    static final long EVENT_BUDGET = 60_000;
    /** How far back the timeline reaches. */
    public static final long HISTORY_US = 5 * 60 * 1_000_000L;
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 10;

    private final Timer timer;
    private final List<FrameListener> listeners = new ArrayList<>();
    private final List<SettingsListener> settingsListeners = new ArrayList<>();
    private SimulationSettings publishedSettings;
    private final LaterEdits laterEdits = new LaterEdits();
    private final List<SimEvent> pending = new ArrayList<>();
    private Moment recording;
    private Simulation sim;
    private LiveMetrics metrics;
    private long headUs;
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
        rebuild(new Moment(topology, settings, seed, List.of(), 0));
    }

    // ---- state -------------------------------------------------------------------------------

    public Simulation simulation() {
        return sim;
    }

    public LiveMetrics metrics() {
        return metrics;
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
        return headUs;
    }

    /** The earliest time the timeline offers. */
    public long historyStartUs() {
        return Math.max(0, headUs - HISTORY_US);
    }

    /** True when the view shows a past moment (playing from here forgets what came after). */
    public boolean inThePast() {
        return sim.now() < headUs;
    }

    /** The run so far, at the current time: what an exported PNG carries. */
    public Moment moment() {
        return recording.at(sim.now());
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
        l.settingsChanged(sim.settings());
    }

    /** The live settings: the one source every view reads (the simulation's, at its current time). */
    public SimulationSettings settings() {
        return sim.settings();
    }

    /**
     * Changes the live settings now by an edit of the current ones, so that a control changes only
     * what it shows and never writes back values someone else changed meanwhile.
     */
    public void updateSettings(UnaryOperator<SimulationSettings> edit) {
        if (inThePast()) {
            forgetTheFuture();
        }
        applyNow(edit);
        publish(false);
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
        if (inThePast()) {
            forgetTheFuture();
        }
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
        if (inThePast()) {
            forgetTheFuture();
        }
        sim.step();
        while (laterEdits.dueBy(sim.now())) {
            applyNow(laterEdits.takeNext());
        }
        headUs = Math.max(headUs, sim.now());
        publish(false);
    }

    /** Pauses and goes back one event, by replaying the run up to the event before. */
    public void stepBack() {
        playing = false;
        long target = sim.eventsRun() - 1;
        if (target < 0) {
            return;
        }
        Moment m = recording;
        replace(m.start());
        while (sim.eventsRun() < target && sim.step()) {
            // replaying
        }
        publish(true);
    }

    /** Pauses and shows the moment {@code timeUs} (within the timeline), recomputed from the start. */
    public void seek(long timeUs) {
        playing = false;
        long t = Math.max(historyStartUs(), Math.min(headUs, timeUs));
        replace(recording.start());
        sim.runUntil(t);
        publish(true);
    }

    /**
     * Goes back to {@code timeUs} as it was before anything the person did at or after it: those
     * actions are forgotten (a lesson's Back, undo of an action that has no inverse). Paused.
     */
    public void rewindTo(long timeUs) {
        playing = false;
        long t = Math.max(0, Math.min(headUs, timeUs));
        recording = recording.before(t);
        laterEdits.dropFrom(t);
        replace(recording.start());
        sim.runUntil(t);
        headUs = t;
        publish(true);
    }

    /** Applies a fault now (and records it). In the past, the future is forgotten first. */
    public void apply(Fault fault) {
        sim.validate(fault);
        if (inThePast()) {
            forgetTheFuture();
        }
        long now = sim.now();
        recording = recording.with(Moment.Action.fault(now, fault));
        sim.schedule(ScheduledFault.at(now, fault));
        sim.runUntil(now);
        publish(false);
    }

    /** Applies a fault at a later time of this run (and records it), as a lesson's timed action does. */
    public void applyAt(long atUs, Fault fault) {
        sim.validate(fault);
        if (inThePast()) {
            forgetTheFuture();
        }
        long at = Math.max(atUs, sim.now());
        recording = recording.with(Moment.Action.fault(at, fault));
        sim.schedule(ScheduledFault.at(at, fault));
        publish(false);
    }

    /**
     * Changes the settings at a later time of this run by an edit of the settings as they are
     * then (a lesson's timed change): whatever changed meanwhile, by hand or otherwise, is kept.
     * It is recorded, as the settings it gives, when the run reaches that time.
     */
    public void updateSettingsAt(long atUs, UnaryOperator<SimulationSettings> edit) {
        if (inThePast()) {
            forgetTheFuture();
        }
        laterEdits.add(Math.max(atUs, sim.now()), edit);
    }

    /** Runs to {@code target}, applying the later edits whose time comes first; false when the budget ran out. */
    private boolean runTo(long target) {
        while (laterEdits.dueBy(target)) {
            if (!sim.runUntil(laterEdits.nextAt(), EVENT_BUDGET)) {
                return false;
            }
            applyNow(laterEdits.takeNext());
        }
        return sim.runUntil(target, EVENT_BUDGET);
    }

    private void applyNow(UnaryOperator<SimulationSettings> edit) {
        SimulationSettings changed = edit.apply(sim.settings());
        if (!changed.equals(sim.settings())) {
            long now = sim.now();
            recording = recording.with(Moment.Action.settings(now, changed));
            sim.scheduleSettings(now, changed);
            sim.runUntil(now);
        }
    }

    /** Changes the settings now (and records it). */
    public void changeSettings(SimulationSettings settings) {
        updateSettings(any -> settings);
    }

    /** Starts over: time 0, everything running, with the current settings. */
    public void reset() {
        rebuild(new Moment(recording.topology(), sim.settings(), recording.seed(), List.of(), 0));
    }

    /** Starts a new run of another topology (a stage, a file). */
    public void load(Topology topology, SimulationSettings settings) {
        rebuild(new Moment(topology, settings.forTopology(topology), recording.seed(), List.of(), 0));
    }

    /** Restores a moment (from an exported PNG): the same run, at the same time, paused. */
    public void restore(Moment moment) {
        playing = false;
        rebuild(moment.at(0));
        recording = moment;
        sim.runUntil(moment.timeUs());
        headUs = moment.timeUs();
        publish(true);
    }

    /**
     * Resuming from a past moment: the actions after it are forgotten, and the run is rebuilt
     * without them (the replay had them scheduled already).
     */
    private void forgetTheFuture() {
        long now = sim.now();
        long events = sim.eventsRun();
        recording = recording.truncatedAt(now);
        replace(recording.start());
        while (sim.eventsRun() < events && sim.step()) {
            // back to the same event
        }
        // The views already showed these events.
        pending.clear();
        headUs = now;
    }

    private void rebuild(Moment m) {
        laterEdits.clear();
        recording = m;
        headUs = 0;
        replace(m.start());
        publish(true);
    }

    private void replace(Simulation fresh) {
        sim = fresh;
        List<String> names = new ArrayList<>();
        for (BackendServer s : sim.backendServers()) {
            names.add(s.name());
        }
        metrics = new LiveMetrics(names);
        // Lag is sampled as events go by, so a replayed past (a seek, a step back) has its lag line too.
        metrics.sampleLagFrom(sim);
        sim.addListener(metrics);
        pending.clear();
        sim.addListener(pending::add);
    }

    // ---- the loop ----------------------------------------------------------------------------

    /** One frame: advance by the wall time elapsed times the speed, then tell the views. */
    void tick(long nowNanos) {
        long wallUs = Math.min(100_000, Math.max(0, (nowNanos - lastTickNanos) / 1000));
        lastTickNanos = nowNanos;
        if (playing) {
            long target = sim.now() + Math.round(wallUs * speed);
            try {
                behind = !runTo(target);
            } catch (RuntimeException e) {
                playing = false;
                onError.accept(e);
            }
            headUs = Math.max(headUs, sim.now());
        }
        publish(false);
    }

    private void publish(boolean rebuilt) {
        List<SimEvent> events = List.copyOf(pending);
        pending.clear();
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
