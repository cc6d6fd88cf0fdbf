package io.infraviz.ui;

import io.infraviz.diagram.Fonts;
import io.infraviz.engine.SimTime;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;
import net.miginfocom.swing.MigLayout;

import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * The design's stated issues, live: what an eavesdropper on the Internet link reads, what an
 * attacker reaches, the monitoring service's alerts, and what died without anyone being told.
 */
public final class SecurityPanel extends JPanel implements SimulationDriver.FrameListener {
    private final JTextArea httpsLabel = Texts.wrapping();
    private final JTextArea eavesdropperText = Texts.wrapping();
    private final JTextArea attackerLabel = Texts.wrapping();
    private final DefaultListModel<String> alerts = new DefaultListModel<>();
    private final JTextArea unnoticedText = Texts.wrapping();
    private long lastRefresh;
    private SimEvent.Eavesdropped lastOverheard;

    public SecurityPanel() {
        super(new MigLayout("insets 12, fillx, wrap 1", "[grow,fill,0::]"));
        heading("Eavesdropper on the Internet link");
        add(httpsLabel);
        eavesdropperText.setFont(Fonts.monospaced(eavesdropperText.getFont().getSize()));
        add(eavesdropperText);
        heading("Attacker");
        add(attackerLabel);
        heading("Monitoring alerts");
        JList<String> alertList = new JList<>(alerts);
        alertList.getAccessibleContext().setAccessibleName("Monitoring alerts");
        alertList.setVisibleRowCount(6);
        add(new JScrollPane(alertList), "h 90:120:");
        heading("Unnoticed");
        add(unnoticedText);
    }

    private void heading(String text) {
        add(Texts.heading(text), "gaptop 8");
    }


    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        if (rebuilt) {
            alerts.clear();
            eavesdropperText.setText("");
            lastOverheard = null;
        }
        SimEvent.Eavesdropped overheard = null;
        for (SimEvent e : events) {
            if (e instanceof SimEvent.Alert a) {
                alerts.addElement(EventLogPanel.clock(a.timeUs()) + "  " + a.text());
            } else if (e instanceof SimEvent.Eavesdropped ev) {
                overheard = ev;
            }
        }
        if (overheard != null) {
            lastOverheard = overheard;
        }
        long now = System.nanoTime();
        if (!rebuilt && now - lastRefresh < 300_000_000L) {
            return;
        }
        lastRefresh = now;
        boolean https = sim.settings().security().https();
        Simulation.SecurityCounts c = sim.securityCounts();
        httpsLabel.setText(https ? "HTTPS on: TLS from the users to the load balancer, where it ends."
                : "No HTTPS: every request crosses the Internet in clear text (" + c.plaintextSeen() + " read so far).");
        attackerLabel.setText(sim.settings().security().attacker()
                ? "Tries MySQL (3306) and SSH (22) on every server each second: got in " + c.attacksSucceeded()
                + " times, dropped by firewalls " + c.attacksBlocked() + " times."
                : "No attacker (turn one on in Controls to test the firewalls).");
        unnoticedText.setText(unnoticed(sim));
        // Without HTTPS every request is overheard, many a frame: show the latest, at a pace one can read.
        if (lastOverheard != null) {
            eavesdropperText.setText(lastOverheard.readable() ? "Read in clear text:\n" + lastOverheard.text()
                    : "Sees only ciphertext:\n" + lastOverheard.text());
            lastOverheard = null;
        }
    }

    /** "web-02 has been down for 40 s; no one has been alerted", for everything down and not alerted on. */
    static String unnoticed(SimulationView sim) {
        StringBuilder b = new StringBuilder();
        List<SimEvent.Alert> raised = sim.alerts();
        for (String id : sim.whatIsDown()) {
            long since = sim.downSince(id);
            if (since < 0) {
                continue;
            }
            boolean alerted = raised.stream().anyMatch(a -> a.text().startsWith(id + " ") && a.timeUs() >= since);
            if (!alerted) {
                b.append(id).append(" has been down for ").append(SimTime.human(sim.now() - since))
                        .append(sim.monitored() ? "; the alert is on its way" : "; no one has been alerted").append('\n');
            }
        }
        return b.length() == 0 ? "Nothing down that nobody knows about." : b.toString().trim();
    }
}
