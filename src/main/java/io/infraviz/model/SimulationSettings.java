package io.infraviz.model;

/** Everything that shapes a run apart from the topology and the user's actions. */
public record SimulationSettings(Timings timings, LbSettings lb, TrafficSettings traffic, DatabaseSettings db,
                                 CapacitySettings capacity) {

    public SimulationSettings withTimings(Timings t) {
        return new SimulationSettings(t, lb, traffic, db, capacity);
    }

    public SimulationSettings withLb(LbSettings l) {
        return new SimulationSettings(timings, l, traffic, db, capacity);
    }

    public SimulationSettings withTraffic(TrafficSettings t) {
        return new SimulationSettings(timings, lb, t, db, capacity);
    }

    public SimulationSettings withDb(DatabaseSettings d) {
        return new SimulationSettings(timings, lb, traffic, d, capacity);
    }

    public SimulationSettings withCapacity(CapacitySettings c) {
        return new SimulationSettings(timings, lb, traffic, db, c);
    }
}
