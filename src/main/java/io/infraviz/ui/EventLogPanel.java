package io.infraviz.ui;

import io.infraviz.sim.SimEvent;
import io.infraviz.sim.Simulation;

import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import java.awt.BorderLayout;
import java.util.List;

/**
 * The event log in plain words ("web-02 marked DOWN after 3 failed checks"): faults, health
 * changes, promotions, and failed requests. A plain list a screen reader can follow.
 */
public final class EventLogPanel extends javax.swing.JPanel implements SimulationDriver.FrameListener {
    static final int MAX_LINES = 400;
    /** At most this many failed requests are logged per tick, so a burst does not drown the rest. */
    private static final int FAILURES_PER_TICK = 3;

    private final DefaultListModel<String> lines = new DefaultListModel<>();
    private final JList<String> list = new JList<>(lines);

    public EventLogPanel() {
        super(new BorderLayout());
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.getAccessibleContext().setAccessibleName("Event log");
        add(new JScrollPane(list), BorderLayout.CENTER);
    }

    @Override
    public void frame(Simulation sim, List<SimEvent> events, boolean rebuilt) {
        if (rebuilt) {
            lines.clear();
        }
        int failures = 0;
        int skipped = 0;
        for (SimEvent e : events) {
            if (e instanceof SimEvent.CheckCompleted c && c.passed()) {
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
            }
            append(e.timeUs(), e.describe());
        }
        if (skipped > 0) {
            append(sim.now(), "... and " + skipped + " more failed request" + (skipped == 1 ? "" : "s"));
        }
    }

    private void append(long timeUs, String text) {
        lines.addElement(clock(timeUs) + "  " + text);
        while (lines.size() > MAX_LINES) {
            lines.remove(0);
        }
        list.ensureIndexIsVisible(lines.size() - 1);
    }

    /** A simulated time as mm:ss.t. */
    static String clock(long us) {
        long tenths = us / 100_000;
        return String.format("%02d:%02d.%d", tenths / 600, (tenths / 10) % 60, tenths % 10);
    }

    /** The lines shown (for tests). */
    List<String> lines() {
        return java.util.Collections.list(lines.elements());
    }

}
