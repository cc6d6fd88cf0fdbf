package io.infraviz.sim.db;

import io.infraviz.engine.Engine;
import io.infraviz.engine.Scheduled;
import io.infraviz.sim.net.Reach;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;
import io.infraviz.sim.world.Travel;
import io.infraviz.sim.world.World;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;

/**
 * Asynchronous replication, as MySQL does it: the Primary acknowledges a write as soon as it is
 * committed and, at the same moment and independently, its binary log streams to each Replica
 * (the Replica's I/O thread), which stores it in its relay log and applies it one write at a time
 * (the SQL thread). A Replica that is down, or cut off, falls behind and catches up when it is back.
 *
 * <p>The I/O thread keeps one connection to the Primary. When it loses it (the Primary died, the
 * link was cut) it goes to {@code Connecting} and tries again every MASTER_CONNECT_RETRY, so it
 * resumes, from where it stopped, at the first attempt after the Primary is back, not at once.
 * (A real I/O thread may take longer to notice a silent link, up to slave_net_timeout; here it
 * notices at once.)
 */
public final class ReplicationFlow {
    private final World world;
    private final Databases databases;
    private final Engine engine;
    private final Travel travel;
    private final ObjLongConsumer<ComponentState> writesLost;
    private final SimulationListener events;
    private final Map<DatabaseNode, Applier> appliers = new HashMap<>();
    private final Map<DatabaseNode, Boolean> promotingSafely = new HashMap<>();
    private final Set<DatabaseNode> retryPending = new HashSet<>();
    private final Map<DatabaseNode, Boolean> wasUp = new HashMap<>();
    private final ApplyTimes applyTimes;

    /** @param writesLost told how many acknowledged writes a promotion lost, and on which old Primary */
    public ReplicationFlow(World world, Databases databases, Engine engine, Travel travel, ObjLongConsumer<ComponentState> writesLost,
            SimulationListener events) {
        this.world = world;
        this.databases = databases;
        this.engine = engine;
        this.travel = travel;
        this.writesLost = writesLost;
        this.events = events;
        this.applyTimes = new ApplyTimes(world.random().nextLong());
        for (DatabaseNode n : databases.cluster().nodes()) {
            appliers.put(n, new Applier(n));
            wasUp.put(n, Boolean.TRUE);
        }
    }

    /** A write was committed on {@code primary}: stream it to its Replicas (null: a stray write, not replicated). */
    public void committed(DatabaseNode primary, BinlogEntry entry) {
        if (entry == null) {
            return;
        }
        for (DatabaseNode replica : databases.cluster().replicasOf(primary)) {
            ship(replica);
        }
    }

    /** True when the Replica's I/O thread is connected and the connection carries data now. */
    private boolean connected(DatabaseNode replica) {
        return replica.ioState() == IoThreadState.CONNECTED && linkUp(replica);
    }

    /** True when a connection between the Replica and its source would work now. */
    private boolean linkUp(DatabaseNode replica) {
        DatabaseNode src = replica.source();
        if (src == null || promotingSafely.containsKey(replica)) {
            return false;
        }
        ComponentState s = databases.componentOf(src);
        ComponentState r = databases.componentOf(replica);
        if (!s.running() || !r.running()) {
            return false;
        }
        Reach reach = world.network().reach(s, r);
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
        ComponentState from = databases.componentOf(src);
        ComponentState to = databases.componentOf(replica);
        Shipment s = new Shipment(this, replica, batch);
        travel.move(s, from, to, world.network().hop(from, to));
    }

    void arrive(Shipment s) {
        travel.land(s);
        DatabaseNode replica = s.replica;
        if (!connected(replica)) {
            replica.rewindShipping();
            ioNotices(replica);
            return;
        }
        if (replica.receive(s.entries, engine.now()) > 0) {
            databases.cluster().trimBinlog(replica.source());
        }
        appliers.get(replica).kick();
    }

    /**
     * Something changed (a revive, a heal, a cut): reconnect every Replica that can talk to its
     * source again and resend what it missed; restart appliers that were stopped.
     */
    public void reconnectAll() {
        for (DatabaseNode n : databases.cluster().nodes()) {
            noteDeath(n);
            if (n.source() != null) {
                ioNotices(n);
            }
            if (n.source() != null && !connected(n)) {
                n.rewindShipping();
            }
        }
        for (DatabaseNode n : databases.cluster().nodes()) {
            if (n.source() != null) {
                ship(n);
            }
            appliers.get(n).kick();
        }
    }

    /** Counts a server's death (killed, or its host down), which kills its clients' connections. */
    private void noteDeath(DatabaseNode n) {
        ComponentState c = databases.componentOf(n);
        boolean up = !c.killed() && !c.hostDown();
        if (wasUp.put(n, up) && !up) {
            n.died();
        }
    }

    /** The Replica's I/O thread reacts to what changed: it stops with its server, loses its connection, or starts. */
    private void ioNotices(DatabaseNode replica) {
        if (replica.ioState() == null) {
            return;
        }
        if (!databases.componentOf(replica).running() || promotingSafely.containsKey(replica)) {
            replica.setIoThreadState(IoThreadState.STOPPED);
        } else if (replica.ioState() == IoThreadState.STOPPED) {
            connectAttempt(replica);
        } else if (replica.ioState() == IoThreadState.CONNECTED && !linkUp(replica)) {
            replica.setIoThreadState(IoThreadState.CONNECTING);
            scheduleRetry(replica);
        }
    }

    /** The I/O thread tries to connect: on success it asks for what it has not received yet. */
    private void connectAttempt(DatabaseNode replica) {
        if (linkUp(replica)) {
            replica.setIoThreadState(IoThreadState.CONNECTED);
            replica.rewindShipping();
            ship(replica);
        } else {
            replica.setIoThreadState(IoThreadState.CONNECTING);
            scheduleRetry(replica);
        }
    }

    private void scheduleRetry(DatabaseNode replica) {
        if (!retryPending.add(replica)) {
            return;
        }
        engine.schedule(world.settings().db().connectRetry(), () -> {
            retryPending.remove(replica);
            if (replica.ioState() == IoThreadState.CONNECTING) {
                connectAttempt(replica);
            }
        });
    }

    /**
     * Re-seeds a database from the current Primary: its stray writes (split-brain or errant,
     * acknowledged to users) are discarded and counted as lost.
     *
     * @return how many diverged writes were discarded
     */
    public long reseed(DatabaseNode node) {
        long stray = node.strayWrites();
        long discarded = databases.cluster().reseed(node);
        if (stray > 0) {
            writesLost.accept(databases.componentOf(node), stray);
        }
        reconnectAll();
        return discarded;
    }

    /**
     * Promotes a Replica. Unsafe: at once, with what it has applied. Safe: it first stops
     * receiving and applies its whole relay log, which loses fewer writes and takes longer.
     */
    public void promote(DatabaseNode replica, boolean safe) {
        if (!safe || replica.relaySize() == 0 || !databases.componentOf(replica).running()) {
            finishPromotion(replica, safe);
            return;
        }
        promotingSafely.put(replica, Boolean.TRUE);
        ioNotices(replica);
        appliers.get(replica).kick();
    }

    public boolean promoting(DatabaseNode node) {
        return promotingSafely.containsKey(node);
    }

    private void finishPromotion(DatabaseNode replica, boolean safe) {
        promotingSafely.remove(replica);
        var oldPrimary = replica.source();
        long lost = databases.cluster().promote(replica);
        writesLost.accept(oldPrimary == null ? null : databases.componentOf(oldPrimary), lost);
        events.onEvent(new SimEvent.Promoted(engine.now(), replica.id(), lost, safe));
        reconnectAll();
    }

    /**
     * Of a write's apply time, the part its SQL thread spends executing it, one write after another;
     * the rest is the I/O thread writing it to the relay log, which overlaps with the SQL thread's work
     * on earlier writes. An idle Replica applies a write its whole apply time after it arrived; a busy
     * one applies at most one write per this share of an apply time, so at the realistic preset it
     * keeps up with ~3,300 writes a second (more than the highest rate commits) instead of ~1,700.
     */
    static final double SQL_THREAD_SHARE = 0.5;

    /**
     * A Replica's SQL thread: applies relay-log entries one at a time while the server runs. An entry
     * is applied its apply time after it arrived, or its SQL-thread share after the previous one.
     */
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
            if (!databases.componentOf(node).running()) {
                return;
            }
            busy = true;
            long took = applyTimes.next(world.settings().timings().replicationApply());
            long now = engine.now();
            long done = Math.max(node.nextArrival() + took, now + Math.round(took * SQL_THREAD_SHARE));
            engine.schedule(done - now, this);
        }

        @Override
        public void fire() {
            busy = false;
            if (!databases.componentOf(node).running() || node.nextToApply() == null) {
                return;
            }
            node.applyNext();
            appliedInARow++;
            DatabaseNode src = node.source();
            if (node.nextToApply() == null) {
                // Only worth telling when it had fallen behind, not after every single write.
                if (src != null && node.applied() == src.committed() && appliedInARow > 1) {
                    events.onEvent(new SimEvent.ReplicaCaughtUp(engine.now(), node.id()));
                }
                appliedInARow = 0;
            }
            kick();
        }
    }
}
