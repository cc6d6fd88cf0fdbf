package io.infraviz.model;

/** Everything that shapes a run apart from the topology and the user's actions. */
public record SimulationSettings(Timings timings, LbSettings lb, TrafficSettings traffic, DatabaseSettings db,
                                 CapacitySettings capacity, SecuritySettings security) {

    public SimulationSettings withTimings(Timings t) {
        return new SimulationSettings(t, lb, traffic, db, capacity, security);
    }

    public SimulationSettings withLb(LbSettings l) {
        return new SimulationSettings(timings, l, traffic, db, capacity, security);
    }

    public SimulationSettings withTraffic(TrafficSettings t) {
        return new SimulationSettings(timings, lb, t, db, capacity, security);
    }

    public SimulationSettings withDb(DatabaseSettings d) {
        return new SimulationSettings(timings, lb, traffic, d, capacity, security);
    }

    public SimulationSettings withCapacity(CapacitySettings c) {
        return new SimulationSettings(timings, lb, traffic, db, c, security);
    }

    /**
     * These settings with the security a topology has built in: HTTPS when it says so, firewalls
     * when it has firewall components, monitoring when it has a monitoring service.
     */
    public SimulationSettings forTopology(Topology t) {
        return withSecurity(security.withHttps(t.https())
                .withFirewalls(!t.componentsWithRole(Role.FIREWALL).isEmpty())
                .withMonitoring(!t.componentsWithRole(Role.MONITORING_SERVICE).isEmpty()));
    }

    public SimulationSettings withSecurity(SecuritySettings s) {
        return new SimulationSettings(timings, lb, traffic, db, capacity, s);
    }
}
