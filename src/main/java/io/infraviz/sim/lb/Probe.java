package io.infraviz.sim.lb;

import io.infraviz.sim.world.AppServerState;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.Traveller;
import io.infraviz.sim.world.TravellerKind;

/** One health check of one server, on its way to the server and back. */
final class Probe extends Traveller {
    final HealthChecker checker;
    final BackendServer server;
    final ComponentState web;
    final long generation;
    ProbeStage stage;
    AppServerState app;
    int upstreamTries;
    int workerEpoch = -1;
    String failure;
    boolean decided;

    Probe(HealthChecker checker, BackendServer server, ComponentState web, long generation) {
        super(TravellerKind.PROBE);
        this.checker = checker;
        this.server = server;
        this.web = web;
        this.generation = generation;
    }

    @Override
    public boolean orphaned() {
        return decided;
    }

    @Override
    protected void arrive() {
        checker.arrive(this);
    }

    @Override
    protected void workStarted() {
        checker.workOn(this);
    }
}
