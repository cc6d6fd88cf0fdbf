package io.infraviz.ui;

import io.infraviz.model.Fault;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.lesson.LessonRun;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimulationListener;

import java.util.function.UnaryOperator;

/** A lesson's run in the window: the driver's, so every action is recorded and Back can recompute the past. */
final class DrivenLessonRun implements LessonRun {
    private final SimulationDriver driver;

    DrivenLessonRun(SimulationDriver driver) {
        this.driver = driver;
    }

    @Override
    public SimulationView simulation() {
        return driver.simulation();
    }

    @Override
    public void listen(SimulationListener listener) {
        driver.simulation().addListener(listener);
    }

    @Override
    public void load(Topology topology, SimulationSettings settings) {
        driver.load(topology, settings);
    }

    @Override
    public void applyFault(long atUs, Fault fault) {
        if (atUs <= driver.simulation().now()) {
            driver.apply(fault);
        } else {
            driver.applyAt(atUs, fault);
        }
    }

    /** The edit is made when its time comes, on the settings as they are then. */
    @Override
    public void editSettings(long atUs, UnaryOperator<SimulationSettings> edit) {
        if (atUs <= driver.simulation().now()) {
            driver.updateSettings(edit);
        } else {
            driver.updateSettingsAt(atUs, edit);
        }
    }

    @Override
    public void rewindTo(long timeUs) {
        driver.rewindTo(timeUs);
    }

    @Override
    public void pause() {
        driver.pause();
    }

    @Override
    public void play() {
        if (!driver.playing()) {
            driver.play();
        }
    }
}
