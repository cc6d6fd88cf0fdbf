package io.infraviz.scenario.lesson;

import io.infraviz.model.Fault;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimulationListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A headless run that notes what the session asked of it. */
final class RecordingRun implements LessonRun {
    final HeadlessLessonRun headless;
    final List<String> calls = new ArrayList<>();
    final List<String> faults = new ArrayList<>();
    final List<Long> starts = new ArrayList<>();

    RecordingRun(HeadlessLessonRun headless) {
        this.headless = headless;
    }

    @Override
    public SimulationView simulation() {
        return headless.simulation();
    }

    @Override
    public void listen(SimulationListener listener) {
        headless.listen(listener);
    }

    @Override
    public void load(Topology topology, SimulationSettings settings) {
        calls.add("load");
        headless.load(topology, settings);
    }

    @Override
    public void applyFault(long atUs, Fault fault) {
        faults.add(atUs + ":" + fault.action().code() + ":" + fault.target());
        headless.applyFault(atUs, fault);
    }

    @Override
    public void editSettings(long atUs, UnaryOperator<SimulationSettings> edit) {
        headless.editSettings(atUs, edit);
    }

    @Override
    public void rewindTo(long timeUs) {
        calls.add("rewind");
        headless.rewindTo(timeUs);
    }

    @Override
    public void pause() {
        calls.add("pause");
    }

    /** True while the session lets time go on (its last word was play). */
    boolean playing() {
        return !calls.isEmpty() && calls.get(calls.size() - 1).equals("play");
    }

    @Override
    public void play() {
        calls.add("play");
        starts.add(headless.simulation().now());
    }
}
