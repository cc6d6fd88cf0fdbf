package io.infraviz.bench;

import java.util.PriorityQueue;

/**
 * The engine's floor: a bare discrete-event loop doing nothing but the events themselves. Each
 * event, when it fires, schedules the next one of its chain a pseudo-random delay later, so the
 * queue keeps a steady number of pending events (as a running simulation does). Two versions: a
 * binary heap in primitive arrays (no allocation per event) and Java's {@link PriorityQueue} of
 * event objects.
 */
final class EventLoopFloor {
    /**
     * Pending events in the floor's queue. The simulation keeps about 3 travellers in flight with
     * the realistic preset plus its timers (traffic, health checks, replication): of this order.
     */
    static final int PENDING = 16;

    private EventLoopFloor() {
    }

    /** An event of the floor: fired through an interface call, as the engine fires its events. */
    interface Event {
        /** Runs the event; returns the delay of the next event of its chain. */
        long fire(long seed);
    }

    /** The one kind of event: picks its successor's delay from the random value. */
    private static final class Chain implements Event {
        final int id;

        Chain(int id) {
            this.id = id;
        }

        @Override
        public long fire(long seed) {
            return 1 + ((seed >>> 40) & 1023) + (id & 1);
        }
    }

    /**
     * Runs {@code events} events over a binary heap kept in primitive arrays (time and insertion
     * number, for the same stable order as the engine; the events in an array beside them). Each
     * step polls the earliest event, fires it through an interface call and adds its successor;
     * nothing is allocated per event. Returns a checksum (keeps the JIT honest).
     */
    static long primitiveHeap(long events) {
        long[] times = new long[PENDING + 1];
        long[] seqs = new long[PENDING + 1];
        Event[] evs = new Event[PENDING + 1];
        int size = 0;
        long nextSeq = 0;
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < PENDING; i++) {
            seed = xorshift(seed);
            size = add(times, seqs, evs, size, (seed >>> 40) & 1023, nextSeq++, new Chain(i));
        }
        long checksum = 0;
        for (long n = 0; n < events; n++) {
            // poll the earliest
            long now = times[0];
            Event top = evs[0];
            int last = --size;
            long t = times[last];
            long s = seqs[last];
            Event e = evs[last];
            evs[last] = null;
            int k = 0;
            int half = last >>> 1;
            while (k < half) {
                int c = 2 * k + 1;
                if (c + 1 < last && before(times[c + 1], seqs[c + 1], times[c], seqs[c])) {
                    c++;
                }
                if (!before(times[c], seqs[c], t, s)) {
                    break;
                }
                times[k] = times[c];
                seqs[k] = seqs[c];
                evs[k] = evs[c];
                k = c;
            }
            times[k] = t;
            seqs[k] = s;
            evs[k] = e;
            // fire: the event schedules the next one of its chain
            seed = xorshift(seed);
            long delay = top.fire(seed);
            checksum += delay;
            size = add(times, seqs, evs, size, now + delay, nextSeq++, top);
        }
        return checksum;
    }

    private static boolean before(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private static int add(long[] times, long[] seqs, Event[] evs, int size, long t, long s, Event e) {
        int k = size;
        while (k > 0) {
            int p = (k - 1) >>> 1;
            if (!before(t, s, times[p], seqs[p])) {
                break;
            }
            times[k] = times[p];
            seqs[k] = seqs[p];
            evs[k] = evs[p];
            k = p;
        }
        times[k] = t;
        seqs[k] = s;
        evs[k] = e;
        return size + 1;
    }

    private record Ev(long time, long seq, int id) {
    }

    /** The same loop over {@link PriorityQueue} with an object per event. */
    static long priorityQueue(long events) {
        PriorityQueue<Ev> q = new PriorityQueue<>(PENDING, (a, b) -> a.time != b.time
                ? Long.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
        long seed = 0x9E3779B97F4A7C15L;
        long seq = 0;
        for (int i = 0; i < PENDING; i++) {
            seed = xorshift(seed);
            q.add(new Ev((seed >>> 40) & 1023, seq++, i));
        }
        long checksum = 0;
        for (long n = 0; n < events; n++) {
            Ev e = q.poll();
            checksum += e.id;
            seed = xorshift(seed);
            q.add(new Ev(e.time + 1 + ((seed >>> 40) & 1023), seq++, e.id));
        }
        return checksum;
    }

    private static long xorshift(long x) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        return x;
    }
}
