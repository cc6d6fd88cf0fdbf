package io.infraviz.sim;

import io.infraviz.engine.Scheduled;
import io.infraviz.sim.db.BinlogEntry;
import io.infraviz.sim.db.DatabaseNode;

import java.util.HashMap;
import java.util.Map;

/**
 * Asynchronous replication, as MySQL does it: the Primary acknowledges a write as soon as it is
 * committed; its binary log is then sent to each Replica (the Replica's I/O thread), which
 * stores it in its relay log and applies it one write at a time (the SQL thread). A Replica that
 * is down, or cut off, falls behind and catches up when it is back.
 */
final class ReplicationFlow {
    static final int ARRIVED = 1;

    private final Simulation sim;
    private final Map<DatabaseNode, Applier> appliers = new HashMap<>();
    private final Map<DatabaseNode, Boolean> promotingSafely = new HashMap<>();

    ReplicationFlow(Simulation sim) {
        this.sim = sim;
        for (DatabaseNode n : sim.cluster.nodes()) {
            appliers.put(n, new Applier(n));
        }
    }

    /** A write was committed on {@code primary}: send it to its Replicas. */
    void committed(DatabaseNode primary, BinlogEntry entry) {
        for (DatabaseNode replica : sim.cluster.replicasOf(primary)) {
            ship(replica);
        }
    }

    /** True when the Replica's I/O thread can talk to its source now. */
    private boolean connected(DatabaseNode replica) {
        DatabaseNode src = replica.source();
        if (src == null || promotingSafely.containsKey(replica)) {
            return false;
        }
        ComponentState s = sim.dbComponent.get(src);
        ComponentState r = sim.dbComponent.get(replica);
        if (!s.running() || !r.running()) {
            return false;
        }
        Reach reach = sim.network.reach(s, r);
        return reach == Reach.OK || reach == Reach.ERRORING;
    }

    /** Sends the Replica everything it has not been sent yet, as one batch. */
    private void ship(DatabaseNode replica) {
        DatabaseNode src = replica.source();
        if (src == null || replica.shipped() >= src.committed() || !connected(replica)) {
            return;
        }
        BinlogEntry[] batch = src.binlogRange(replica.shipped(), src.committed());
        replica.markShipped(src.committed());
        ComponentState from = sim.dbComponent.get(src);
        ComponentState to = sim.dbComponent.get(replica);
        Shipment s = new Shipment(this, replica, batch);
        sim.move(s, from, to, sim.network.hop(from, to), ARRIVED);
    }

    void arrive(Shipment s) {
        sim.inFlight.remove(s);
        DatabaseNode replica = s.replica;
        if (!connected(replica)) {
            replica.rewindShipping();
            return;
        }
        if (replica.receive(s.entries) > 0) {
            sim.cluster.trimBinlog(replica.source());
        }
        appliers.get(replica).kick();
    }

    /**
     * Something changed (a revive, a heal, a cut): reconnect every Replica that can talk to its
     * source again and resend what it missed; restart appliers that were stopped.
     */
    void reconnectAll() {
        for (DatabaseNode n : sim.cluster.nodes()) {
            if (n.source() != null && !connected(n)) {
                n.rewindShipping();
            }
        }
        for (DatabaseNode n : sim.cluster.nodes()) {
            if (n.source() != null) {
                ship(n);
            }
            appliers.get(n).kick();
        }
    }

    /**
     * Promotes a Replica. Unsafe: at once, with what it has applied. Safe: it first stops
     * receiving and applies its whole relay log, which loses fewer writes and takes longer.
     */
    void promote(DatabaseNode replica, boolean safe) {
        if (!safe || replica.relaySize() == 0 || !sim.dbComponent.get(replica).running()) {
            finishPromotion(replica, safe);
            return;
        }
        promotingSafely.put(replica, Boolean.TRUE);
        appliers.get(replica).kick();
    }

    boolean promoting(DatabaseNode node) {
        return promotingSafely.containsKey(node);
    }

    private void finishPromotion(DatabaseNode replica, boolean safe) {
        promotingSafely.remove(replica);
        var oldPrimary = replica.source();
        long lost = sim.cluster.promote(replica);
        sim.counters.writesLost(oldPrimary == null ? null : sim.dbComponent.get(oldPrimary), lost);
        sim.emit(new SimEvent.Promoted(sim.engine.now(), replica.id(), lost, safe));
        reconnectAll();
    }

    /** A Replica's SQL thread: applies relay-log entries one at a time while the server runs. */
    private final class Applier implements Scheduled {
        private final DatabaseNode node;
        private boolean busy;
        private int appliedInARow;

        Applier(DatabaseNode node) {
            this.node = node;
        }

        void kick() {
            if (busy) {
                return;
            }
            if (node.nextToApply() == null) {
                if (promotingSafely.containsKey(node)) {
                    finishPromotion(node, true);
                }
                return;
            }
            if (!sim.dbComponent.get(node).running()) {
                return;
            }
            busy = true;
            sim.engine.schedule(sim.settings.timings().replicationApply(), this);
        }

        @Override
        public void fire() {
            busy = false;
            if (!sim.dbComponent.get(node).running() || node.nextToApply() == null) {
                return;
            }
            node.applyNext();
            appliedInARow++;
            DatabaseNode src = node.source();
            if (node.nextToApply() == null) {
                // Only worth telling when it had fallen behind, not after every single write.
                if (src != null && node.applied() == src.committed() && appliedInARow > 1) {
                    sim.emit(new SimEvent.ReplicaCaughtUp(sim.engine.now(), node.id()));
                }
                appliedInARow = 0;
            }
            kick();
        }
    }
}
