package io.infraviz.sim.db;

import java.util.Arrays;

/**
 * A Replica's relay log: the writes its I/O thread received and its SQL thread has not applied
 * yet, oldest first, each with the time it arrived (a ring of two parallel arrays).
 */
final class RelayLog {
    private BinlogEntry[] entries = new BinlogEntry[16];
    private long[] arrivals = new long[16];
    private int head;
    private int size;

    int size() {
        return size;
    }

    void add(BinlogEntry e, long arrivedUs) {
        if (size == entries.length) {
            grow();
        }
        int i = (head + size) & (entries.length - 1);
        entries[i] = e;
        arrivals[i] = arrivedUs;
        size++;
    }

    /** The oldest entry, or null when the log is empty. */
    BinlogEntry first() {
        return size == 0 ? null : entries[head];
    }

    /** When the oldest entry arrived (only while the log is not empty). */
    long firstArrival() {
        return arrivals[head];
    }

    /** Removes and returns the oldest entry, or null. */
    BinlogEntry removeFirst() {
        if (size == 0) {
            return null;
        }
        BinlogEntry e = entries[head];
        entries[head] = null;
        head = (head + 1) & (entries.length - 1);
        size--;
        return e;
    }

    void clear() {
        Arrays.fill(entries, null);
        head = 0;
        size = 0;
    }

    private void grow() {
        int n = entries.length;
        BinlogEntry[] e = new BinlogEntry[n * 2];
        long[] a = new long[n * 2];
        for (int k = 0; k < size; k++) {
            e[k] = entries[(head + k) & (n - 1)];
            a[k] = arrivals[(head + k) & (n - 1)];
        }
        entries = e;
        arrivals = a;
        head = 0;
    }
}
