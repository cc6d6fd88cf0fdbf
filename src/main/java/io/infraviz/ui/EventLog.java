package io.infraviz.ui;

import io.infraviz.engine.SimTime;
import io.infraviz.sim.world.SimEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * What the event log says, without Swing: which events make a line, how a run of failed health
 * checks folds into one line and a count ("… 3 more checks failed", so the checks of a dead server
 * do not push everything else out), and the filter that hides the checks altogether.
 */
final class EventLog implements SimulationDriver.FrameListener {
    /** Lines kept; a run of folded checks counts once. */
    static final int MAX_ENTRIES = 400;
    /** Trimmed in batches, so the text area rewrites its start rarely, not on every new line. */
    private static final int TRIM_BATCH = 50;
    /** At most this many failed requests are logged per tick, so a burst does not drown the rest. */
    static final int FAILURES_PER_TICK = 3;

    /** Which lines to show. */
    enum Filter {
        ALL("All"),
        FAILURES_AND_CHANGES("Failures and changes");

        private final String label;

        Filter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private enum Kind { CHECK, FAILURE, CHANGE }

    /** One line, or for a run of failed checks the first of them and how many followed. */
    private static final class Entry {
        final long timeUs;
        final String text;
        final Kind kind;
        int moreChecks;
        long lastUs;

        Entry(long timeUs, String text, Kind kind) {
            this.timeUs = timeUs;
            this.text = text;
            this.kind = kind;
            this.lastUs = timeUs;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final InFlightNotes notes = new InFlightNotes();
    /** Lines trimmed from the start since the last clear: the log says how many, so nothing vanishes unannounced. */
    private long dropped;
    /** Counts every change, so a view knows whether it shows the latest. */
    private long changes;

    /** Follows the run: a new run starts a new log; each frame's events are added. */
    @Override
    public void frame(io.infraviz.sim.SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        if (rebuilt) {
            clear();
        }
        if (!events.isEmpty()) {
            add(events, sim.now());
        }
    }

    /** Changes so far: equal numbers, equal lines. */
    long changes() {
        return changes;
    }

    void clear() {
        entries.clear();
        notes.clear();
        dropped = 0;
        changes++;
    }

    /** Takes one tick's events; {@code nowUs} dates the "… more failed requests" line. */
    void add(List<SimEvent> events, long nowUs) {
        int failures = 0;
        int skipped = 0;
        for (SimEvent e : events) {
            notes.note(e).ifPresent(text -> append(e.timeUs(), text, Kind.CHANGE));
            if (e instanceof SimEvent.CheckCompleted c) {
                if (!c.passed()) {
                    check(c);
                }
                continue;
            }
            if (e instanceof SimEvent.Eavesdropped || e instanceof SimEvent.AttackTried) {
                // Every request and every second: the Security tab and the diagram show them.
                continue;
            }
            if (e instanceof SimEvent.RequestCompleted rc) {
                if (rc.result().outcome().succeeded()) {
                    continue;
                }
                if (++failures > FAILURES_PER_TICK) {
                    skipped++;
                    continue;
                }
                append(e.timeUs(), e.describe(), Kind.FAILURE);
                continue;
            }
            append(e.timeUs(), e.describe(), Kind.CHANGE);
        }
        if (skipped > 0) {
            append(nowUs, "… and " + skipped + " more failed request" + (skipped == 1 ? "" : "s"), Kind.FAILURE);
        }
    }

    private void check(SimEvent.CheckCompleted c) {
        Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (last != null && last.kind == Kind.CHECK) {
            last.moreChecks++;
            last.lastUs = c.timeUs();
            changes++;
        } else {
            append(c.timeUs(), c.describe(), Kind.CHECK);
        }
    }

    /** A line of the app's own (a followed request's hop, say), kept by every filter. */
    void note(long timeUs, String text) {
        append(timeUs, text, Kind.CHANGE);
    }

    private void append(long timeUs, String text, Kind kind) {
        entries.add(new Entry(timeUs, text, kind));
        changes++;
        if (entries.size() > MAX_ENTRIES) {
            List<Entry> oldest = entries.subList(0, entries.size() - MAX_ENTRIES + TRIM_BATCH);
            dropped += oldest.size();
            oldest.clear();
        }
    }

    /** The lines shown with a filter, oldest first, each starting with its time (mm:ss.t). */
    List<String> lines(Filter filter) {
        List<String> out = new ArrayList<>(entries.size() + 1);
        if (dropped > 0) {
            out.add("… " + dropped + " earlier line" + (dropped == 1 ? "" : "s") + " dropped (the log keeps the last "
                    + MAX_ENTRIES + ")");
        }
        for (Entry e : entries) {
            if (e.kind == Kind.CHECK && filter == Filter.FAILURES_AND_CHANGES) {
                continue;
            }
            out.add(clock(e.timeUs) + "  " + e.text);
            if (e.moreChecks > 0) {
                out.add(clock(e.lastUs) + "  … " + e.moreChecks + " more check" + (e.moreChecks == 1 ? "" : "s") + " failed");
            }
        }
        return out;
    }

    /** A simulated time as mm:ss.t. */
    static String clock(long us) {
        long tenths = SimTime.tenths(us);
        return String.format("%02d:%02d.%d", tenths / 600, (tenths / 10) % 60, tenths % 10);
    }
}
