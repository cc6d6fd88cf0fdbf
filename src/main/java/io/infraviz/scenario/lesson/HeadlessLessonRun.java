package io.infraviz.scenario.lesson;

import io.infraviz.model.Fault;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Moment;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.world.SimulationListener;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A lesson's run without a window: time moves only when {@link #runUntil} is called, so pause and
 * play change nothing. What was done is kept as a {@link Moment}, so a rewind recomputes the past.
 */
public final class HeadlessLessonRun implements LessonRun {
    private final long seed;
    private Moment recording;
    private Simulation sim;

    public HeadlessLessonRun(long seed) {
        this.seed = seed;
    }

    @Override
    public SimulationView simulation() {
        return sim;
    }

    @Override
    public void listen(SimulationListener listener) {
        sim.addListener(listener);
    }

    @Override
    public void load(Topology topology, SimulationSettings settings) {
        recording = new Moment(topology, settings, seed, List.of(), 0);
        sim = recording.start();
    }

    @Override
    public void applyFault(long atUs, Fault fault) {
        sim.schedule(ScheduledFault.at(atUs, fault));
        recording = recording.with(Moment.Action.fault(atUs, fault));
    }

    /** The edit is made now, on the settings as they are when it is scheduled. */
    @Override
    public void editSettings(long atUs, UnaryOperator<SimulationSettings> edit) {
        SimulationSettings changed = edit.apply(sim.settings());
        sim.scheduleSettings(atUs, changed);
        recording = recording.with(Moment.Action.settings(atUs, changed));
    }

    @Override
    public void rewindTo(long timeUs) {
        recording = recording.before(timeUs);
        sim = recording.start();
        sim.runUntil(timeUs);
    }

    @Override
    public void pause() {
        // Headless time moves only in runUntil.
    }

    @Override
    public void play() {
        // Headless time moves only in runUntil.
    }

    /** Runs everything up to {@code timeUs}. */
    public void runUntil(long timeUs) {
        sim.runUntil(timeUs);
    }
}
