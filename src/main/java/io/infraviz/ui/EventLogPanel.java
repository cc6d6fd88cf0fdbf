package io.infraviz.ui;

import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.KeyboardFocusManager;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ScrollPaneConstants;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;

/**
 * The event log in plain words ("web-02 marked DOWN after 3 failed checks"): faults, health
 * changes, promotions, and failed requests, with runs of failed health checks folded into one
 * line and a filter that hides them. Plain text in a read-only text area, wrapped at the width
 * of the panel, which a screen reader reads line by line; see {@link EventLog} for what it says
 * (the log follows the run on its own, so a panel built later still shows it from the start).
 */
public final class EventLogPanel extends JPanel implements SimulationDriver.FrameListener {
    private final EventLog log;
    /** The log's change count when the text was last made from it. */
    private long shown = -1;
    private final JTextArea text = new JTextArea();
    private final JComboBox<EventLog.Filter> filter = new JComboBox<>(EventLog.Filter.values());

    public EventLogPanel(EventLog log) {
        super(new BorderLayout());
        this.log = log;
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setRows(6);
        text.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        text.getAccessibleContext().setAccessibleName("Event log");
        // A read-only text area would keep Tab for itself: let it move on, as everywhere else.
        text.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        text.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        JScrollPane scroll = new JScrollPane(text, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);

        JLabel show = new JLabel("Show:");
        show.setDisplayedMnemonic('w');
        show.setLabelFor(filter);
        filter.addActionListener(e -> showLines());
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 2));
        top.add(new JLabel("Event log"));
        top.add(show);
        top.add(filter);
        add(top, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
    }

    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        if (log.changes() != shown) {
            showLines();
        }
    }

    /** Shows the log through the filter, touching only the text that changed. */
    private void showLines() {
        shown = log.changes();
        String now = String.join("\n", lines());
        Document doc = text.getDocument();
        String before = text.getText();
        int same = 0;
        int max = Math.min(before.length(), now.length());
        while (same < max && before.charAt(same) == now.charAt(same)) {
            same++;
        }
        if (same == before.length() && same == now.length()) {
            return;
        }
        // Mostly a line added at the end or the last fold count updated: a reader's place (the
        // caret) earlier in the text stays put, and a caret at the end follows the new lines.
        try {
            doc.remove(same, before.length() - same);
            doc.insertString(same, now.substring(same), null);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    void setFilter(EventLog.Filter f) {
        filter.setSelectedItem(f);
    }

    /** A simulated time as mm:ss.t. */
    static String clock(long us) {
        return EventLog.clock(us);
    }

    /** The lines shown (for tests). */
    List<String> lines() {
        return log.lines((EventLog.Filter) filter.getSelectedItem());
    }

    /** The text as shown, wrapped by the text area (for tests). */
    JTextArea textArea() {
        return text;
    }
}
