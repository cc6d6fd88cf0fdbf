package io.infraviz.sim.lb;

import io.infraviz.sim.world.ComponentState;

import java.util.function.Function;

/** One HAProxy: its own view of the servers' health, and its own rotation. */
public final class Balancer implements VirtualIp.Candidate {
    final ComponentState component;
    final BackendPool pool;
    final HealthChecker checker;

    Balancer(ComponentState component, BackendPool pool, Function<Balancer, HealthChecker> checkers) {
        this.component = component;
        this.pool = pool;
        this.checker = checkers.apply(this);
    }

    public ComponentState component() {
        return component;
    }

    public BackendPool pool() {
        return pool;
    }

    public HealthChecker checker() {
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
