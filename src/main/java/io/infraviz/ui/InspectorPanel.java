package io.infraviz.ui;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Component;
import io.infraviz.model.Role;
import io.infraviz.scenario.Explanations;
import io.infraviz.sim.SimEvent;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.db.DatabaseCluster;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.lb.BackendServer;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the selected component is and how it is doing: its state, its counters, and a short
 * explanation of what it is and why it is there.
 */
public final class InspectorPanel extends JPanel implements SimulationDriver.FrameListener {
    private final JLabel titleLabel = new JLabel("Select a component");
    private final JTextArea stateText = Texts.wrapping();
    private final JTextArea explanationText = Texts.wrapping();
    private final JButton showMeButton = new JButton("Show me");
    private final JComboBox<Explanations.Concept> conceptComboBox = new JComboBox<>(Explanations.Concept.values());
    private final JTextArea conceptText = Texts.wrapping();
    private final JButton conceptShowMeButton = new JButton("Show me");
    private final Consumer<String> showLesson;
    private Explanations.Concept selectedConcept;
    private String selectedId;
    private long lastRefresh;

    /** @param showLesson starts the built-in lesson with this name */
    public InspectorPanel(Consumer<String> showLesson) {
        super(new MigLayout("insets 12, fillx, wrap 1", "[grow,fill,0::]"));
        this.showLesson = showLesson;
        titleLabel.putClientProperty("FlatLaf.styleClass", "h3");
        add(titleLabel);
        JLabel stateHeading = new JLabel("State");
        stateHeading.putClientProperty("FlatLaf.styleClass", "h4");
        add(stateHeading, "gaptop 8");
        add(stateText);
        JLabel whatHeading = new JLabel("What it is");
        whatHeading.putClientProperty("FlatLaf.styleClass", "h4");
        add(whatHeading, "gaptop 8");
        add(explanationText);
        showMeButton.setVisible(false);
        showMeButton.addActionListener(e -> {
            if (selectedConcept != null) {
                showLesson.accept(selectedConcept.lesson());
            }
        });
        add(showMeButton, "w pref!, left");
        JLabel conceptsHeading = new JLabel("Concepts");
        conceptsHeading.putClientProperty("FlatLaf.styleClass", "h4");
        add(conceptsHeading, "gaptop 14");
        conceptComboBox.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean sel, boolean f) {
                return super.getListCellRendererComponent(l, ((Explanations.Concept) v).title(), i, sel, f);
            }
        });
        conceptComboBox.addActionListener(e -> conceptText.setText(((Explanations.Concept) conceptComboBox.getSelectedItem()).text()));
        conceptShowMeButton.addActionListener(e -> showLesson.accept(((Explanations.Concept) conceptComboBox.getSelectedItem()).lesson()));
        add(conceptComboBox);
        add(conceptText);
        add(conceptShowMeButton, "w pref!, left");
        conceptText.setText(((Explanations.Concept) conceptComboBox.getSelectedItem()).text());
        stateText.setText("Click a component in the diagram (or pick one in the Components tab) to see it here.");
    }


    public void select(String id) {
        this.selectedId = id;
        lastRefresh = 0;
    }

    public String selected() {
        return selectedId;
    }

    @Override
    public void frame(Simulation sim, List<SimEvent> events, boolean rebuilt) {
        long now = System.nanoTime();
        if (selectedId == null || now - lastRefresh < 250_000_000L) {
            return;
        }
        lastRefresh = now;
        Component c = sim.topology().component(selectedId).orElse(null);
        if (c == null) {
            titleLabel.setText(selectedId);
            stateText.setText(sim.hostDown(selectedId) ? "Host is down." : "Host is up.");
            explanationText.setText("A server (machine). Killing it stops every component on it.");
            return;
        }
        titleLabel.setText(c.label().split("\n")[0] + "  (" + c.id() + ")");
        stateText.setText(describe(sim, c));
        selectedConcept = Explanations.conceptFor(c.role());
        explanationText.setText(Explanations.of(c.role()) + (selectedConcept == null ? "" : "\n\n" + selectedConcept.text()));
        showMeButton.setText(selectedConcept == null ? "Show me" : "Show me: " + selectedConcept.title());
        showMeButton.setVisible(selectedConcept != null && selectedConcept.lesson() != null);
    }

    static String describe(Simulation sim, Component c) {
        StringBuilder b = new StringBuilder();
        b.append(c.role().title()).append(c.onHost() ? " on " + c.hostId() : " on the Internet").append('\n');
        b.append("Status: ").append(sim.status(c.id()).words()).append('\n');
        if (c.role() == Role.WEB_SERVER) {
            for (BackendServer s : sim.backendServers()) {
                if (s.name().equals(c.hostId())) {
                    b.append("Load balancer says: ").append(sim.healthLabel(s)).append(s.backup() ? " (backup)" : "")
                            .append('\n').append("Open connections from the load balancer: ").append(s.connections()).append('\n');
                }
            }
        }
        if (c.role() == Role.APP_SERVER) {
            b.append("Busy workers: ").append(sim.busyWorkers(c.id())).append(" of ")
                    .append(sim.settings().capacity().appWorkers()).append('\n');
            b.append("Waiting in the queue: ").append(sim.queueLength(c.id())).append('\n');
        }
        if (c.role() == Role.DATABASE) {
            DatabaseCluster dbs = sim.databases();
            DatabaseNode n = dbs.node(c.id());
            b.append("Role: ").append(n == dbs.writer() ? "Primary (takes the writes)" : n.role().name().charAt(0)
                    + n.role().name().substring(1).toLowerCase() + (n.readOnly() ? " (read-only)" : " (writable, diverged)")).append('\n');
            if (n.source() != null) {
                b.append("Replicates from ").append(n.source().id()).append(": applied ").append(n.applied())
                        .append(" of ").append(n.source().committed()).append(" writes, ").append(n.relaySize())
                        .append(" received and waiting\n");
                b.append("Lag: ").append(SimTime.human(dbs.lagMicros(n, sim.now()))).append('\n');
            } else {
                b.append("Writes committed here: ").append(n.committed()).append('\n');
            }
            if (n.divergedWrites() > 0) {
                b.append("Holds ").append(n.divergedWrites()).append(" write(s) the Primary never got (split brain)\n");
            }
            b.append("Lost writes so far: ").append(dbs.lostWrites()).append('\n');
        }
        return b.toString().trim();
    }
}
