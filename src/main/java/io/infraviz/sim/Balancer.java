package io.infraviz.sim;

import io.infraviz.sim.lb.BackendPool;

/** One HAProxy: its own view of the servers' health, and its own rotation. */
final class Balancer {
    final ComponentState component;
    final BackendPool pool;
    final HealthChecker checker;

    Balancer(ComponentState component, BackendPool pool, HealthChecker.Factory checkers) {
        this.component = component;
        this.pool = pool;
        this.checker = checkers.create(this);
    }
}
