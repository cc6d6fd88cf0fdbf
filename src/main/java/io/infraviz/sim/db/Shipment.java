package io.infraviz.sim.db;

import io.infraviz.sim.world.Traveller;
import io.infraviz.sim.world.TravellerKind;

/** A batch of binary-log entries on its way from a Primary to one of its Replicas. */
final class Shipment extends Traveller {
    final ReplicationFlow flow;
    final DatabaseNode replica;
    final BinlogEntry[] entries;

    Shipment(ReplicationFlow flow, DatabaseNode replica, BinlogEntry[] entries) {
        super(TravellerKind.REPLICATION);
        this.flow = flow;
        this.replica = replica;
        this.entries = entries;
    }

    @Override
    protected void arrive() {
        flow.arrive(this);
    }
}
