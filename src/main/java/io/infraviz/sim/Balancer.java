package io.infraviz.sim;

import io.infraviz.sim.lb.BackendPool;
import io.infraviz.sim.lb.VirtualIp;
import io.infraviz.sim.world.ComponentState;

import java.util.function.Function;

/** One HAProxy: its own view of the servers' health, and its own rotation. */
final class Balancer implements VirtualIp.Candidate {
    final ComponentState component;
    final BackendPool pool;
    final HealthChecker checker;

    Balancer(ComponentState component, BackendPool pool, Function<Balancer, HealthChecker> checkers) {
        this.component = component;
        this.pool = pool;
        this.checker = checkers.apply(this);
    }

    ComponentState component() {
        return component;
    }

    BackendPool pool() {
        return pool;
    }

    HealthChecker checker() {
        return checker;
    }

    @Override
    public String id() {
        return component.id();
    }

    @Override
    public boolean running() {
        return component.running();
    }
}
