package io.infraviz.sim;

import io.infraviz.sim.lb.BackendPool;

/** One HAProxy: its own view of the servers' health, and its own rotation. */
final class Balancer {
    final ComponentState component;
    final BackendPool pool;
    final HealthChecker checker;

    Balancer(Simulation sim, ComponentState component, BackendPool pool) {
        this.component = component;
        this.pool = pool;
        this.checker = new HealthChecker(sim, this);
    }
}
