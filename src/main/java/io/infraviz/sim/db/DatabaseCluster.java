package io.infraviz.sim.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MySQL servers of a topology and the application's view of them: which one is the Primary
 * that takes the writes, the lost-write count after failovers, and the replication lag.
 */
public final class DatabaseCluster {
    private final Map<String, DatabaseNode> nodes = new LinkedHashMap<>();
    private DatabaseNode writer;
    private DatabaseNode appWrites;
    private long lastGtid;
    private long lostWrites;
    private long splitBrainWrites;
    private long errantWrites;

    /**
     * @param ids       all database ids, in topology order
     * @param primaryId the one that starts as Primary; the others start as its Replicas
     */
    public DatabaseCluster(List<String> ids, String primaryId, int records) {
        for (String id : ids) {
            nodes.put(id, new DatabaseNode(id, nodes.size(), records, id.equals(primaryId) ? DbRole.PRIMARY : DbRole.REPLICA));
        }
        writer = nodes.get(primaryId);
        appWrites = writer;
        if (writer == null && !ids.isEmpty()) {
            // A topology whose Primary is not a database never gets here (Topology.unrunnable).
            throw new IllegalStateException("no Primary '" + primaryId + "' among the databases " + ids);
        }
        for (DatabaseNode n : nodes.values()) {
            if (n != writer) {
                n.startReplicaOf(writer);
            }
        }
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public List<DatabaseNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public DatabaseNode node(String id) {
        return nodes.get(id);
    }

    /** The Primary: the source of replication, holding every write the users were told succeeded. */
    public DatabaseNode writer() {
        return writer;
    }

    /**
     * Where the application sends its writes (and its reads' fallback): the Primary, unless its
     * configuration points elsewhere (a stale address after a promotion, a mistake).
     */
    public DatabaseNode writesGoTo() {
        return appWrites;
    }

    /** Points the application's write address at {@code node}, as an edited (or stale) configuration does. */
    public void pointWrites(DatabaseNode node) {
        appWrites = node;
    }

    /** Sets read_only on every Replica, as the run's settings say. */
    public void setReplicasReadOnly(boolean on) {
        nodes.values().forEach(n -> n.setReadOnlySetting(on));
    }

    /** Writes acknowledged by an old Primary after its Replica was promoted over it. */
    public long splitBrainWrites() {
        return splitBrainWrites;
    }

    /** Writes acknowledged by a Replica with read_only off: they exist only on it. */
    public long errantWrites() {
        return errantWrites;
    }

    /** Replicas currently replicating from the application's Primary. */
    public List<DatabaseNode> replicasOf(DatabaseNode primary) {
        List<DatabaseNode> out = new ArrayList<>();
        for (DatabaseNode n : nodes.values()) {
            if (n.role() == DbRole.REPLICA && n.source() == primary) {
                out.add(n);
            }
        }
        return out;
    }

    /** Writes acknowledged to users and then lost by failovers, in total. */
    public long lostWrites() {
        return lostWrites;
    }

    /**
     * Commits a write on {@code node} (which must be writable). On the Primary it enters the binary
     * log; anywhere else it is a stray write only that server holds (split-brain on an old Primary,
     * errant on a Replica).
     *
     * @return the Primary's log entry, to replicate; null for a stray write
     */
    public BinlogEntry commit(DatabaseNode node, int record, long now) {
        if (node.readOnly()) {
            throw new IllegalStateException(node.id() + " is read-only");
        }
        if (node == writer) {
            return node.commit(record, ++lastGtid, now);
        }
        node.acceptStray(record, ++lastGtid);
        if (node.role() == DbRole.PRIMARY) {
            splitBrainWrites++;
        } else {
            errantWrites++;
        }
        return null;
    }

    /** The id of the newest write: a read that returns an older value of the record misses it. */
    public long lastGtid() {
        return lastGtid;
    }

    /**
     * True when a read of {@code record} from {@code node} returns something other than what the
     * application's Primary holds now: an old version (replication lag) or a diverged one.
     */
    public boolean isStale(DatabaseNode node, int record) {
        return node != writer && node.value(record) != writer.value(record);
    }

    /**
     * Promotes a Replica to Primary with the data it has applied; the application now writes to
     * it. Writes its old source committed but it never applied are lost (counted).
     *
     * @return how many writes were lost
     */
    public long promote(DatabaseNode replica) {
        if (replica.role() != DbRole.REPLICA) {
            throw new IllegalStateException(replica.id() + " is not a Replica");
        }
        DatabaseNode oldSource = replica.source();
        long lost = oldSource == null ? 0 : oldSource.committed() - replica.applied();
        replica.discardRelay();
        replica.becomePrimary();
        if (oldSource != null && lost > 0) {
            oldSource.addDivergedWrites(lost);
        }
        lostWrites += lost;
        writer = replica;
        appWrites = replica;
        return lost;
    }

    /**
     * Rebuilds {@code node} as a Replica of the current Primary, discarding what it held that the
     * Primary does not. Stray writes it acknowledged (split-brain or errant) are lost with it.
     *
     * @return how many diverged writes were discarded
     */
    public long reseed(DatabaseNode node) {
        if (node == writer) {
            throw new IllegalStateException(node.id() + " is the Primary; it cannot be re-seeded from itself");
        }
        lostWrites += node.strayWrites();
        long discarded = node.reseedFrom(writer);
        trimBinlog(writer);
        return discarded;
    }

    /** Drops the Primary's log entries that every one of its Replicas has received. */
    public void trimBinlog(DatabaseNode primary) {
        long min = primary.committed();
        for (DatabaseNode r : replicasOf(primary)) {
            min = Math.min(min, r.received());
        }
        primary.trimBinlog(min);
    }

    /**
     * How far a Replica is behind its source in real time: the age of the oldest write its source
     * committed that it has not applied yet (0 when caught up). This is the true lag, not
     * MySQL's Seconds_Behind_Master, which can say 0 while a read is still stale.
     */
    public long lagMicros(DatabaseNode replica, long now) {
        DatabaseNode src = replica.source();
        if (replica.role() != DbRole.REPLICA || src == null || replica.applied() >= src.committed()) {
            return 0;
        }
        BinlogEntry next = replica.nextToApply();
        long commit = next != null ? next.commitUs() : src.commitTimeOf(replica.received());
        return commit < 0 ? 0 : Math.max(0, now - commit);
    }

    /**
     * What MySQL's Seconds_Behind_Master says for a Replica: null (unknown) when its I/O thread is
     * not connected; 0 while its SQL thread has nothing to apply, even if writes are on their way;
     * otherwise the whole seconds between now and the commit of the write it is applying, as
     * MySQL computes it from the event's timestamp (which has a resolution of one second).
     */
    public Long reportedLagSeconds(DatabaseNode replica, long now) {
        if (replica.ioState() != IoThreadState.CONNECTED) {
            return null;
        }
        BinlogEntry next = replica.nextToApply();
        if (next == null) {
            return 0L;
        }
        return Math.max(0, now / 1_000_000 - next.commitUs() / 1_000_000);
    }

    /** Writes the Replica still has to apply to catch up with its source. */
    public long behind(DatabaseNode replica) {
        DatabaseNode src = replica.source();
        return src == null ? 0 : Math.max(0, src.committed() - replica.applied());
    }
}
