package io.infraviz.ui;

import io.infraviz.analysis.IssuesAnalysis;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The design's issues for the current topology and settings: single points of failure (for all
 * traffic, writes, reads), security gaps and the monitoring gap — computed by the engine trying
 * each failure (in the background), recomputed when the topology or the settings change.
 */
public final class IssuesPanel extends JPanel implements SimulationDriver.FrameListener {
    private final JTextArea allText = Texts.wrapping();
    private final JTextArea writesText = Texts.wrapping();
    private final JTextArea readsText = Texts.wrapping();
    private final JTextArea securityText = Texts.wrapping();
    private final JTextArea monitoringText = Texts.wrapping();
    private final JLabel statusLabel = new JLabel(" ");
    private final Consumer<Map<String, String>> onSpofs;
    private Topology analysedTopology;
    private SimulationSettings analysedSettings;
    private final Consumer<String> report;
    private final Analysis analysis;
    private BackgroundTask<IssuesAnalysis.Issues> running;

    /** How the issues are found (the engine trying each failure; a test gives one that fails). */
    interface Analysis {
        IssuesAnalysis.Issues of(Topology t, SimulationSettings s);
    }

    /** The engine trying each failure, with the security and monitoring the settings have. */
    static final Analysis ENGINE = (t, s) -> IssuesAnalysis.of(t, s, s.security().https(), s.security().firewalls(),
            s.security().monitoring());

    /** @param onSpofs receives the single points of failure (id → "all", "writes" or "reads") */
    public IssuesPanel(Consumer<Map<String, String>> onSpofs) {
        this(onSpofs, line -> { }, ENGINE);
    }

    /** @param report hears, in one line, that the analysis failed (the window's status bar) */
    IssuesPanel(Consumer<Map<String, String>> onSpofs, Consumer<String> report, Analysis analysis) {
        super(new MigLayout("insets 12, fillx, wrap 1", "[grow,fill,0::]"));
        this.onSpofs = onSpofs;
        this.report = report;
        this.analysis = analysis;
        allText.setName("issues.spofAll");
        section("Single points of failure: all traffic", allText);
        section("Single points of failure: writes", writesText);
        section("Single points of failure: reads", readsText);
        section("Security", securityText);
        section("Monitoring", monitoringText);
        add(statusLabel, "gaptop 8");
    }

    private void section(String title, JTextArea text) {
        add(Texts.heading(title), "gaptop 8");
        add(text);
    }


    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        SimulationSettings s = sim.settings();
        if (sim.topology() == analysedTopology && analysisInputsEqual(s, analysedSettings)) {
            return;
        }
        analysedTopology = sim.topology();
        analysedSettings = s;
        if (running != null) {
            running.cancel(false);
        }
        statusLabel.setText("Trying each single failure in the engine...");
        Topology t = analysedTopology;
        running = new BackgroundTask<>("The issues analysis", () -> analysis.of(t, s), this::show, line -> {
            statusLabel.setText(line);
            report.accept(line);
        });
        running.execute();
    }

    /** Only what changes the answer: the balancing, the checks, the read policy, security and monitoring. */
    private static boolean analysisInputsEqual(SimulationSettings a, SimulationSettings b) {
        return b != null && a.lb().equals(b.lb()) && a.db().equals(b.db()) && a.security().equals(b.security());
    }

    private void show(IssuesAnalysis.Issues issues) {
        allText.setText(list(issues.spofAll(), "None: no single failure stops everything."));
        writesText.setText(list(issues.spofWrites(), "None."));
        readsText.setText(list(issues.spofReads(), "None."));
        securityText.setText(list(issues.security(), "No gap found: HTTPS and firewalls are on."));
        monitoringText.setText(list(issues.monitoring(), "Monitored: failures raise alerts."));
        statusLabel.setText("Found by killing each part in turn and watching what still works.");
        Map<String, String> spofs = new LinkedHashMap<>();
        issues.spofReads().forEach(id -> spofs.put(id, "reads"));
        issues.spofWrites().forEach(id -> spofs.put(id, "writes"));
        issues.spofAll().forEach(id -> spofs.put(id, "all"));
        onSpofs.accept(spofs);
    }

    private static String list(List<String> items, String none) {
        return items.isEmpty() ? none : "• " + String.join("\n• ", items);
    }
}
