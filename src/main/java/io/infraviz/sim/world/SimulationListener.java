package io.infraviz.sim.world;

/** Receives the simulation's events as they happen, on the thread that runs the simulation. */
@FunctionalInterface
public interface SimulationListener {
    void onEvent(SimEvent event);
}
