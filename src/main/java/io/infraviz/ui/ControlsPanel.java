package io.infraviz.ui;

import io.infraviz.model.Algorithm;
import io.infraviz.model.CheckType;
import io.infraviz.model.Coded;
import io.infraviz.model.LbMode;
import io.infraviz.model.Preset;
import io.infraviz.model.ReadPolicy;
import io.infraviz.model.SimulationSettings;
import io.infraviz.sim.SimulationView;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import java.util.List;
import java.util.Locale;

/**
 * The side panel's controls: speed, traffic, the load balancer's settings, the database read
 * policy and the timing preset. Every change takes effect at once, as a reload would.
 */
public final class ControlsPanel extends JPanel implements SimulationDriver.FrameListener, SimulationDriver.SettingsListener {
    private final SimulationDriver driver;
    private final JSlider speedSlider = new JSlider(0, 200, 100);
    private final JLabel speedLabel = new JLabel();
    private final JSpinner rateSpinner = new JSpinner(new SpinnerNumberModel(1.25, 0.1, 5000.0, 0.25));
    private final JSlider writesSlider = new JSlider(0, 100, 20);
    private final JLabel writesLabel = new JLabel();
    private final JComboBox<Algorithm> algorithmComboBox = new JComboBox<>(Algorithm.values());
    private final JComboBox<LbMode> modeComboBox = new JComboBox<>(LbMode.values());
    private final JComboBox<CheckType> checkComboBox = new JComboBox<>(CheckType.values());
    private final JSpinner interSpinner = new JSpinner(new SpinnerNumberModel(2000, 100, 60_000, 100));
    private final JSpinner fallSpinner = new JSpinner(new SpinnerNumberModel(3, 1, 10, 1));
    private final JSpinner riseSpinner = new JSpinner(new SpinnerNumberModel(2, 1, 10, 1));
    private final JSpinner retriesSpinner = new JSpinner(new SpinnerNumberModel(3, 0, 10, 1));
    private final JCheckBox redispatchCheckBox = new JCheckBox("option redispatch");
    private final JComboBox<ReadPolicy> readPolicyComboBox = new JComboBox<>(ReadPolicy.values());
    private final JComboBox<Preset> presetComboBox = new JComboBox<>(Preset.values());
    private final JButton resetButton = new JButton("Reset");
    private final JButton defaultsButton = new JButton("Stage defaults");
    private final JCheckBox httpsCheckBox = new JCheckBox("HTTPS");
    private final JCheckBox firewallsCheckBox = new JCheckBox("Firewalls");
    private final JCheckBox monitoringCheckBox = new JCheckBox("Monitoring");
    private final JCheckBox attackerCheckBox = new JCheckBox("Attacker on the Internet");
    private boolean updating;

    public ControlsPanel(SimulationDriver driver) {
        super(new MigLayout("insets 12, fillx, wrap 2, gapy 6", "[right]10[grow,fill,60:120:]"));
        this.driver = driver;
        initComponents();
        bindActions();
        driver.addSettingsListener(this);
    }

    private void initComponents() {
        List.of(algorithmComboBox, modeComboBox, checkComboBox, readPolicyComboBox, presetComboBox)
                .forEach(c -> c.setRenderer(new CodedRenderer()));
        // Names for tests and screen readers' scripts: what each control is, whatever its label says.
        speedSlider.setName("speed");
        rateSpinner.setName("rate");
        checkComboBox.setName("check");
        interSpinner.setName("inter");
        speedSlider.getAccessibleContext().setAccessibleName("Speed");
        rateSpinner.getAccessibleContext().setAccessibleName("Requests per second");
        section("Playback");
        add(new JLabel("Speed"));
        add(speedSlider, "split 2");
        add(speedLabel, "w 48!");
        add(new JLabel("Timings"));
        add(presetComboBox);
        section("Traffic");
        add(new JLabel("Requests/s"));
        add(rateSpinner);
        add(new JLabel("Writes"));
        add(writesSlider, "split 2");
        add(writesLabel, "w 48!");
        section("Load balancer (HAProxy)");
        add(new JLabel("Algorithm"));
        add(algorithmComboBox);
        add(new JLabel("Mode"));
        add(modeComboBox);
        add(new JLabel("Health check"));
        add(checkComboBox);
        add(new JLabel("inter (ms)"));
        add(interSpinner);
        add(new JLabel("fall / rise"));
        add(fallSpinner, "split 2");
        add(riseSpinner);
        add(new JLabel("retries"));
        add(retriesSpinner);
        add(new JLabel());
        add(redispatchCheckBox);
        section("Database");
        add(new JLabel("Reads go to"));
        add(readPolicyComboBox);
        section("Security and monitoring");
        add(httpsCheckBox, "span 2, split 2");
        add(firewallsCheckBox);
        add(monitoringCheckBox, "span 2, split 2");
        add(attackerCheckBox);
        add(defaultsButton, "span 2, split 2, right, gaptop 14");
        add(resetButton);
        defaultsButton.setToolTipText("Put every setting back to what this stage starts with (the run goes on)");
        resetButton.setToolTipText("Start over at time 0 with these settings (Ctrl+R)");
    }

    private void section(String title) {
        JLabel l = new JLabel(title);
        l.putClientProperty("FlatLaf.styleClass", "h4");
        add(l, "span 2, left, gaptop 10");
    }

    /**
     * Each control edits only its own setting of the live settings (never a whole copy of what it
     * shows), so a value that a lesson or a stage changed meanwhile is never written back.
     */
    private void bindActions() {
        speedSlider.addChangeListener(e -> {
            if (!updating) {
                driver.setSpeed(speedFromSlider(speedSlider.getValue()));
            }
            speedLabel.setText(formatSpeed(speedFromSlider(speedSlider.getValue())));
        });
        writesSlider.addChangeListener(e -> writesLabel.setText(writesSlider.getValue() + " %"));
        rateSpinner.addChangeListener(e -> edit(s -> s.withTraffic(s.traffic().withRate(number(rateSpinner).doubleValue()))));
        writesSlider.addChangeListener(e -> {
            if (!writesSlider.getValueIsAdjusting()) {
                edit(s -> s.withTraffic(s.traffic().withWriteFraction(writesSlider.getValue() / 100.0)));
            }
        });
        onPick(algorithmComboBox, (s, v) -> s.withLb(s.lb().withAlgorithm(v)));
        onPick(modeComboBox, (s, v) -> s.withLb(s.lb().withMode(v)));
        onPick(checkComboBox, (s, v) -> s.withLb(s.lb().withCheck(v)));
        onPick(readPolicyComboBox, (s, v) -> s.withDb(s.db().withReadPolicy(v)));
        interSpinner.addChangeListener(e -> edit(s -> s.withLb(s.lb().withChecks(number(interSpinner).intValue(), s.lb().fall(), s.lb().rise()))));
        fallSpinner.addChangeListener(e -> edit(s -> s.withLb(s.lb().withChecks(s.lb().interMs(), number(fallSpinner).intValue(), s.lb().rise()))));
        riseSpinner.addChangeListener(e -> edit(s -> s.withLb(s.lb().withChecks(s.lb().interMs(), s.lb().fall(), number(riseSpinner).intValue()))));
        retriesSpinner.addChangeListener(e -> edit(s -> s.withLb(s.lb().withRetries(number(retriesSpinner).intValue(), s.lb().redispatch()))));
        redispatchCheckBox.addActionListener(e -> edit(s -> s.withLb(s.lb().withRetries(s.lb().retries(), redispatchCheckBox.isSelected()))));
        httpsCheckBox.addActionListener(e -> edit(s -> s.withSecurity(s.security().withHttps(httpsCheckBox.isSelected()))));
        firewallsCheckBox.addActionListener(e -> edit(s -> s.withSecurity(s.security().withFirewalls(firewallsCheckBox.isSelected()))));
        monitoringCheckBox.addActionListener(e -> edit(s -> s.withSecurity(s.security().withMonitoring(monitoringCheckBox.isSelected()))));
        attackerCheckBox.addActionListener(e -> edit(s -> s.withSecurity(s.security().withAttacker(attackerCheckBox.isSelected()))));
        presetComboBox.addActionListener(e -> presetChanged());
        defaultsButton.addActionListener(e -> driver.updateSettings(this::stageDefaults));
        resetButton.addActionListener(e -> driver.reset());
    }

    private <T> void onPick(JComboBox<T> box, java.util.function.BiFunction<SimulationSettings, T, SimulationSettings> change) {
        box.addActionListener(e -> {
            @SuppressWarnings("unchecked")
            T picked = (T) box.getSelectedItem();
            edit(s -> change.apply(s, picked));
        });
    }

    private void edit(java.util.function.UnaryOperator<SimulationSettings> change) {
        if (!updating) {
            driver.updateSettings(change);
        }
    }

    private static Number number(JSpinner spinner) {
        return (Number) spinner.getValue();
    }

    /** The settings a stage starts with under the current timing preset, keeping the speed. */
    private SimulationSettings stageDefaults(SimulationSettings current) {
        Preset p = (Preset) presetComboBox.getSelectedItem();
        return p.settings().forTopology(driver.simulation().topology());
    }

    /** 0..200 on the slider maps to 0.1x..10x, logarithmically (100 is 1x). */
    static double speedFromSlider(int v) {
        return Math.pow(10, (v - 100) / 100.0);
    }

    static int sliderFromSpeed(double speed) {
        return (int) Math.round(100 + 100 * Math.log10(speed));
    }

    static String formatSpeed(double s) {
        return s < 1 ? String.format(Locale.ROOT, "%.1f×", s) : String.format(Locale.ROOT, "%.0f×", s);
    }

    private void presetChanged() {
        if (updating) {
            return;
        }
        Preset p = (Preset) presetComboBox.getSelectedItem();
        SimulationSettings preset = p.settings();
        driver.updateSettings(s -> s.withTimings(preset.timings())
                .withLb(s.lb().withTimeouts(preset.lb().timeoutConnectMs(), preset.lb().timeoutServerMs()))
                .withCapacity(preset.capacity())
                .withTraffic(preset.traffic().withWriteFraction(s.traffic().writeFraction())));
        driver.setSpeed(p == Preset.REALISTIC ? 0.1 : 1);
    }

    /** Shows the live settings (whoever changed them) without applying them again. */
    @Override
    public void settingsChanged(SimulationSettings s) {
        updating = true;
        try {
            rateSpinner.setValue(Math.round(s.traffic().requestsPerSecond() * 100) / 100.0);
            writesSlider.setValue((int) Math.round(s.traffic().writeFraction() * 100));
            writesLabel.setText(writesSlider.getValue() + " %");
            algorithmComboBox.setSelectedItem(s.lb().algorithm());
            modeComboBox.setSelectedItem(s.lb().mode());
            checkComboBox.setSelectedItem(s.lb().check());
            interSpinner.setValue(s.lb().interMs());
            fallSpinner.setValue(s.lb().fall());
            riseSpinner.setValue(s.lb().rise());
            retriesSpinner.setValue(s.lb().retries());
            redispatchCheckBox.setSelected(s.lb().redispatch());
            readPolicyComboBox.setSelectedItem(s.db().readPolicy());
            httpsCheckBox.setSelected(s.security().https());
            firewallsCheckBox.setSelected(s.security().firewalls());
            monitoringCheckBox.setSelected(s.security().monitoring());
            attackerCheckBox.setSelected(s.security().attacker());
            presetComboBox.setSelectedItem(s.timings().equals(Preset.REALISTIC.settings().timings())
                    ? Preset.REALISTIC : Preset.CLASSROOM);
            speedSlider.setValue(sliderFromSpeed(driver.speed()));
            speedLabel.setText(formatSpeed(driver.speed()));
        } finally {
            updating = false;
        }
    }

    @Override
    public void frame(SimulationView sim, List<io.infraviz.sim.SimEvent> events, boolean rebuilt) {
        if (sliderFromSpeed(driver.speed()) != speedSlider.getValue() && !speedSlider.getValueIsAdjusting()) {
            updating = true;
            speedSlider.setValue(sliderFromSpeed(driver.speed()));
            updating = false;
        }
    }

    /** Shows an enum by its title or code rather than its constant name. */
    private static final class CodedRenderer extends javax.swing.DefaultListCellRenderer {
        @Override
        public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                               boolean selected, boolean focus) {
            Object shown = value;
            if (value instanceof Algorithm a) {
                shown = a.title() + " (" + a.code() + ")";
            } else if (value instanceof CheckType c) {
                shown = c == CheckType.HTTP ? "HTTP (GET /health)" : "TCP (port open)";
            } else if (value instanceof Coded c) {
                shown = c.code();
            }
            return super.getListCellRendererComponent(list, shown, index, selected, focus);
        }
    }
}
