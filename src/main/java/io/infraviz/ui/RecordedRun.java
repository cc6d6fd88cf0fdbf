package io.infraviz.ui;

import io.infraviz.analysis.LiveMetrics;
import io.infraviz.model.Fault;
import io.infraviz.model.SimulationSettings;
import io.infraviz.scenario.Moment;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.lb.BackendServer;
import io.infraviz.sim.world.SimEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The window's run and its record, a {@link Moment}: what the person did and when. The engine is
 * deterministic, so any past moment is recomputed by replaying the record; acting in the past
 * forgets the old future first. Knows nothing of the clock or the views ({@link SimulationDriver}).
 */
final class RecordedRun {
    /** Events one call may run at most, so a frame never takes long; time falls behind instead. */
    static final long EVENT_BUDGET = 60_000;

    private final LaterEdits laterEdits = new LaterEdits();
    private final List<SimEvent> pending = new ArrayList<>();
    private Moment recording;
    private Simulation sim;
    private LiveMetrics metrics;
    private long headUs;

    RecordedRun(Moment start) {
        restart(start);
    }

    Simulation simulation() {
        return sim;
    }

    LiveMetrics metrics() {
        return metrics;
    }

    /** The furthest time the run has reached. */
    long headUs() {
        return headUs;
    }

    /** True when the run shows a past moment (acting from here forgets what came after). */
    boolean inThePast() {
        return sim.now() < headUs;
    }

    /** The record so far, at the current time. */
    Moment moment() {
        return recording.at(sim.now());
    }

    /** The record as it is (its topology, settings and seed start a new run). */
    Moment recording() {
        return recording;
    }

    /** The events run since the last call, for the views. */
    List<SimEvent> takeEvents() {
        List<SimEvent> events = List.copyOf(pending);
        pending.clear();
        return events;
    }

    // ---- acting ------------------------------------------------------------------------------

    /** Changes the settings now by an edit of the current ones (and records the result). */
    void edit(UnaryOperator<SimulationSettings> edit) {
        leaveThePast();
        applyNow(edit);
    }

    /** An edit of the settings as they will be at {@code atUs}, recorded when the run gets there. */
    void editAt(long atUs, UnaryOperator<SimulationSettings> edit) {
        leaveThePast();
        laterEdits.add(Math.max(atUs, sim.now()), edit);
    }

    /** Applies a fault now (and records it). */
    void apply(Fault fault) {
        sim.validate(fault);
        leaveThePast();
        long now = sim.now();
        recording = recording.with(Moment.Action.fault(now, fault));
        sim.schedule(ScheduledFault.at(now, fault));
        sim.runUntil(now);
    }

    /** Applies a fault at a later time of this run (and records it). */
    void applyAt(long atUs, Fault fault) {
        sim.validate(fault);
        leaveThePast();
        long at = Math.max(atUs, sim.now());
        recording = recording.with(Moment.Action.fault(at, fault));
        sim.schedule(ScheduledFault.at(at, fault));
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

    // ---- time --------------------------------------------------------------------------------

    /**
     * Runs to {@code target} within {@link #EVENT_BUDGET}, applying the later edits whose time
     * comes first; false when the budget ran out.
     */
    boolean runTo(long target) {
        try {
            while (laterEdits.dueBy(target)) {
                if (!sim.runUntil(laterEdits.nextAt(), EVENT_BUDGET)) {
                    return false;
                }
                applyNow(laterEdits.takeNext());
            }
            return sim.runUntil(target, EVENT_BUDGET);
        } finally {
            headUs = Math.max(headUs, sim.now());
        }
    }

    /** Runs exactly one event, and the later edits it made due. */
    void step() {
        leaveThePast();
        sim.step();
        while (laterEdits.dueBy(sim.now())) {
            applyNow(laterEdits.takeNext());
        }
        headUs = Math.max(headUs, sim.now());
    }

    /** Goes back one event by replaying the run up to the event before; false at the very start. */
    boolean stepBack() {
        long target = sim.eventsRun() - 1;
        if (target < 0) {
            return false;
        }
        replace(recording.start());
        while (sim.eventsRun() < target && sim.step()) {
            // replaying
        }
        return true;
    }

    /** Shows the moment {@code timeUs}, recomputed from the start; the record is kept. */
    void seek(long timeUs) {
        replace(recording.start());
        sim.runUntil(timeUs);
    }

    /** Goes back to {@code timeUs} as it was before anything done at or after it: that is forgotten. */
    void rewindTo(long timeUs) {
        long t = Math.max(0, Math.min(headUs, timeUs));
        recording = recording.before(t);
        laterEdits.dropFrom(t);
        replace(recording.start());
        sim.runUntil(t);
        headUs = t;
    }

    /** A new run from this moment's start (its actions scheduled), at time 0. */
    void restart(Moment m) {
        laterEdits.clear();
        recording = m;
        headUs = 0;
        replace(m.start());
    }

    /** Continues a run {@link #restart restarted} from {@code moment} up to its time. */
    void runUpTo(Moment moment) {
        recording = moment;
        sim.runUntil(moment.timeUs());
        headUs = moment.timeUs();
    }

    /**
     * Acting in the past (or resuming from it): the actions after now are forgotten, and the run is rebuilt without
     * them (the replay had them scheduled already).
     */
    void leaveThePast() {
        if (!inThePast()) {
            return;
        }
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
}
