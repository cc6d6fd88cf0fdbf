package io.infraviz.sim.db;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The data and replication position of one MySQL server. Records hold the id of the last write
 * applied to them, so two servers agree on a record exactly when they hold the same value.
 *
 * <p>As a Primary it keeps a binary log; as a Replica it keeps how far it has received
 * ({@code received}, the I/O thread) and applied ({@code applied}, the SQL thread) its source's
 * log, with the received-but-not-applied entries in its relay log.
 */
public final class DatabaseNode {
    private final String id;
    /** Its place among the cluster's databases (0, 1, ...): an index for per-database arrays. */
    private final int slot;
    private final long[] values;
    private DbRole role;
    private final ArrayDeque<BinlogEntry> binlog = new ArrayDeque<>();
    private long committed;
    private DatabaseNode source;
    private long received;
    private long applied;
    private long shipped;
    private final RelayLog relay = new RelayLog();
    private long divergedWrites;
    private long strayWrites;
    private boolean readOnlySetting = true;
    private IoThreadState io = IoThreadState.CONNECTED;
    private int life;

    public DatabaseNode(String id, int slot, int records, DbRole role) {
        this.id = id;
        this.slot = slot;
        this.values = new long[records];
        this.role = role;
    }

    public String id() {
        return id;
    }

    /** Its place among the cluster's databases, from 0. */
    public int slot() {
        return slot;
    }

    public DbRole role() {
        return role;
    }

    /**
     * MySQL's {@code read_only}: a Replica with it on refuses writes (error 1290). A Primary runs
     * with it off, and so does an old Primary that comes back after a promotion.
     */
    public boolean readOnly() {
        return role == DbRole.REPLICA && readOnlySetting;
    }

    /** The Replicas' read_only setting, as the run's settings say. */
    void setReadOnlySetting(boolean on) {
        readOnlySetting = on;
    }

    /** The I/O thread's state; null for a Primary, which has none. */
    public IoThreadState ioState() {
        return role == DbRole.REPLICA ? io : null;
    }

    void setIoThreadState(IoThreadState state) {
        io = state;
    }

    /** Counts the server's lives: it changes each time the server dies (its clients' connections die with it). */
    public int life() {
        return life;
    }

    void died() {
        life++;
    }

    /** The Primary this Replica replicates from, or null. */
    public DatabaseNode source() {
        return source;
    }

    /** Writes committed here as a Primary (its binary log position). */
    public long committed() {
        return committed;
    }

    public long received() {
        return received;
    }

    public long applied() {
        return applied;
    }

    /** Entries sent towards this Replica so far (some may still be on the wire). */
    public long shipped() {
        return shipped;
    }

    public void markShipped(long upTo) {
        shipped = upTo;
    }

    /** Forget what was sent but not received, so it is sent again on reconnect. */
    public void rewindShipping() {
        shipped = received;
    }

    public int relaySize() {
        return relay.size();
    }

    /** Writes this server holds that the current Primary never got (after a failover). */
    public long divergedWrites() {
        return divergedWrites;
    }

    /**
     * Writes acknowledged here while this server was not the Primary (split-brain writes on an old
     * Primary, errant writes on a Replica): not yet counted as lost, as a re-seed will count them.
     */
    public long strayWrites() {
        return strayWrites;
    }

    /** A write the application made here although this server is not the Primary: only this server holds it. */
    void acceptStray(int record, long gtid) {
        values[record] = gtid;
        divergedWrites++;
        strayWrites++;
    }

    public long value(int record) {
        return values[record];
    }

    public int records() {
        return values.length;
    }

    /** Commits a write on this server; returns its binary log entry. */
    public BinlogEntry commit(int record, long gtid, long now) {
        values[record] = gtid;
        BinlogEntry e = new BinlogEntry(committed++, record, gtid, now);
        binlog.addLast(e);
        return e;
    }

    /** The entries of this server's log from {@code from} (inclusive) to {@code to} (exclusive). */
    public BinlogEntry[] binlogRange(long from, long to) {
        long first = binlog.isEmpty() ? committed : binlog.peekFirst().seq();
        if (from < first || to > committed || from > to) {
            throw new IllegalStateException(id + ": binary log range " + from + ".." + to + " is not available");
        }
        BinlogEntry[] out = new BinlogEntry[(int) (to - from)];
        int i = 0;
        for (BinlogEntry e : binlog) {
            if (e.seq() >= to) {
                break;
            }
            if (e.seq() >= from) {
                out[i++] = e;
            }
        }
        return out;
    }

    /** Drops log entries before {@code seq}: every Replica has received them. */
    public void trimBinlog(long seq) {
        while (!binlog.isEmpty() && binlog.peekFirst().seq() < seq) {
            binlog.pollFirst();
        }
    }

    /** Commit time of the log entry at {@code seq}, or -1 if it is not held. */
    public long commitTimeOf(long seq) {
        BinlogEntry first = binlog.peekFirst();
        if (first == null || seq < first.seq() || seq >= committed) {
            return -1;
        }
        long idx = seq - first.seq();
        if (idx < binlog.size() / 2) {
            int i = 0;
            for (BinlogEntry e : binlog) {
                if (i++ == idx) {
                    return e.commitUs();
                }
            }
        } else {
            long back = binlog.size() - 1 - idx;
            var it = binlog.descendingIterator();
            for (int i = 0; it.hasNext(); i++) {
                BinlogEntry e = it.next();
                if (i == back) {
                    return e.commitUs();
                }
            }
        }
        return -1;
    }

    /** The Replica's I/O thread stores entries it received at {@code nowUs}; returns how many were new. */
    public int receive(BinlogEntry[] entries, long nowUs) {
        int added = 0;
        for (BinlogEntry e : entries) {
            if (e.seq() == received) {
                relay.add(e, nowUs);
                received++;
                added++;
            }
        }
        if (shipped < received) {
            shipped = received;
        }
        return added;
    }

    /** The next relay-log entry the SQL thread will apply, or null. */
    public BinlogEntry nextToApply() {
        return relay.first();
    }

    /** When the next relay-log entry arrived (only while there is one). */
    long nextArrival() {
        return relay.firstArrival();
    }

    /** The SQL thread applies the next relay-log entry. */
    public BinlogEntry applyNext() {
        BinlogEntry e = relay.removeFirst();
        if (e != null) {
            values[e.record()] = e.gtid();
            applied++;
        }
        return e;
    }

    /** Empties the relay log without applying it (the received-but-unapplied writes are gone). */
    public int discardRelay() {
        int n = relay.size();
        relay.clear();
        received = applied;
        shipped = applied;
        return n;
    }

    /**
     * Makes this Replica a Primary with what it has applied. Its old source keeps the writes it
     * never sent; they now exist only there.
     */
    public void becomePrimary() {
        role = DbRole.PRIMARY;
        source = null;
        relay.clear();
        binlog.clear();
        committed = 0;
        received = 0;
        applied = 0;
        shipped = 0;
    }

    /** Records that this server holds {@code n} writes the new Primary never got. */
    public void addDivergedWrites(long n) {
        divergedWrites += n;
    }

    /**
     * Rebuilds this server as a Replica of {@code primary} from a copy of its data (a re-seed):
     * everything it held that the Primary does not is discarded.
     *
     * @return how many diverged writes were discarded
     */
    public long reseedFrom(DatabaseNode primary) {
        long discarded = divergedWrites;
        System.arraycopy(primary.values, 0, values, 0, values.length);
        role = DbRole.REPLICA;
        source = primary;
        binlog.clear();
        relay.clear();
        committed = 0;
        received = primary.committed;
        applied = primary.committed;
        shipped = primary.committed;
        divergedWrites = 0;
        strayWrites = 0;
        io = IoThreadState.CONNECTED;
        return discarded;
    }

    /** Starts replicating from {@code primary} at its current log position with identical data. */
    public void startReplicaOf(DatabaseNode primary) {
        reseedFrom(primary);
    }

    @Override
    public String toString() {
        return id + " " + role + Arrays.toString(values);
    }
}
