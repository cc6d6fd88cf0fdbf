package io.infraviz.scenario.lesson;

import io.infraviz.model.Fault;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimulationListener;

import java.util.function.UnaryOperator;

/**
 * The run a {@link LessonSession} drives: headless ({@link HeadlessLessonRun}), or the window's,
 * where time moves on its own while playing and the past can be recomputed.
 */
public interface LessonRun {
    /** The run as it is now; the window may replace it (a seek recomputes the past). */
    SimulationView simulation();

    /** Lets {@code listener} hear the events of the current run. */
    void listen(SimulationListener listener);

    /** Starts a new run of this topology and settings, at time 0. */
    void load(Topology topology, SimulationSettings settings);

    /** Applies a fault at {@code atUs}: now, or at a later time of the run. */
    void applyFault(long atUs, Fault fault);

    /** Changes the settings at {@code atUs} (now, or later) by an edit of the current ones. */
    void editSettings(long atUs, UnaryOperator<SimulationSettings> edit);

    /** Goes back to {@code timeUs} as it was before anything done at or after it. */
    void rewindTo(long timeUs);

    /** The lesson waits for the teacher: time stands still. */
    void pause();

    /** The lesson watches a step's effects: time goes on. */
    void play();
}
