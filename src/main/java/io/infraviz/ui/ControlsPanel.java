package io.infraviz.ui;

import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.settings.Settings;
import io.infraviz.sim.SimulationView;
import net.miginfocom.swing.MigLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * The side panel's controls: speed, traffic, the load balancer's settings, the database read
 * policy and the timing preset. Every change takes effect at once, as a reload would.
 */
public final class ControlsPanel extends JPanel implements SimulationDriver.FrameListener, SimulationDriver.SettingsListener {
    private final SimulationDriver driver;
    private final JSlider speedSlider = new JSlider(0, 200, 100);
    private final JLabel speedLabel = new JLabel();
    private final List<SettingControl<?>> settingControls = new ArrayList<>();
    private final JComboBox<Preset> presetComboBox = new JComboBox<>(Preset.values());
    private final JButton resetButton = new JButton("Reset");
    private final JButton defaultsButton = new JButton("Stage defaults");
    private boolean updating;

    public ControlsPanel(SimulationDriver driver) {
        super(new MigLayout("insets 12, fillx, wrap 2, gapy 6", "[right]10[grow,fill,60:120:]"));
        this.driver = driver;
        initComponents();
        bindActions();
        driver.addSettingsListener(this);
    }

    private void initComponents() {
        presetComboBox.setRenderer(SettingControl.renderer(Preset::code));
        // Names for tests and screen readers' scripts; the setting controls are named by their keys.
        speedSlider.setName("speed");
        speedSlider.getAccessibleContext().setAccessibleName("Speed");
        section("Playback");
        add(new JLabel("Speed"));
        add(speedSlider, "split 2");
        add(speedLabel, "w 48!");
        add(new JLabel("Timings"));
        add(presetComboBox);
        section("Traffic");
        row(SettingControl.decimalSpinner(Settings.RATE));
        SettingControl<Double> writes = SettingControl.percentSlider(Settings.WRITES);
        row(writes);
        add(writes.readout(), "w 48!");
        section("Load balancer (HAProxy)");
        row(SettingControl.comboBox(Settings.ALGORITHM));
        row(SettingControl.comboBox(Settings.MODE));
        row(SettingControl.comboBox(Settings.CHECK));
        row(SettingControl.spinner(Settings.INTER));
        add(new JLabel(Settings.FALL.label() + " / " + Settings.RISE.label()));
        add(bound(SettingControl.spinner(Settings.FALL)).component(), "split 2");
        add(bound(SettingControl.spinner(Settings.RISE)).component());
        row(SettingControl.spinner(Settings.RETRIES));
        add(new JLabel());
        add(bound(SettingControl.checkBox(Settings.REDISPATCH)).component());
        section("Database");
        row(SettingControl.comboBox(Settings.READ_POLICY));
        add(new JLabel());
        add(bound(SettingControl.checkBox(Settings.READ_ONLY)).component());
        section("Security and monitoring");
        add(bound(SettingControl.checkBox(Settings.HTTPS)).component(), "span 2, split 2");
        add(bound(SettingControl.checkBox(Settings.FIREWALLS)).component());
        add(bound(SettingControl.checkBox(Settings.MONITORING)).component(), "span 2, split 2");
        add(bound(SettingControl.checkBox(Settings.ATTACKER)).component());
        add(defaultsButton, "span 2, split 2, right, gaptop 14");
        add(resetButton);
        defaultsButton.setToolTipText("Put every setting back to what this stage starts with (the run goes on)");
        resetButton.setToolTipText("Start over at time 0 with these settings (Ctrl+R)");
    }

    /** A row with the setting's label and its control (a slider's readout goes next to it). */
    private void row(SettingControl<?> c) {
        add(new JLabel(c.setting().label()));
        if (c.readout() == null) {
            add(bound(c).component());
        } else {
            add(bound(c).component(), "split 2");
        }
    }

    private SettingControl<?> bound(SettingControl<?> c) {
        settingControls.add(c);
        return c;
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
        settingControls.forEach(c -> c.onEdit(this::edit));
        presetComboBox.addActionListener(e -> presetChanged());
        defaultsButton.addActionListener(e -> driver.updateSettings(this::stageDefaults));
        resetButton.addActionListener(e -> driver.reset());
    }

    private void edit(java.util.function.UnaryOperator<SimulationSettings> change) {
        if (!updating) {
            driver.updateSettings(change);
        }
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
            settingControls.forEach(c -> c.show(s));
            presetComboBox.setSelectedItem(s.timings().equals(Preset.REALISTIC.settings().timings())
                    ? Preset.REALISTIC : Preset.CLASSROOM);
            speedSlider.setValue(sliderFromSpeed(driver.speed()));
            speedLabel.setText(formatSpeed(driver.speed()));
        } finally {
            updating = false;
        }
    }

    @Override
    public void frame(SimulationView sim, List<io.infraviz.sim.world.SimEvent> events, boolean rebuilt) {
        if (sliderFromSpeed(driver.speed()) != speedSlider.getValue() && !speedSlider.getValueIsAdjusting()) {
            updating = true;
            speedSlider.setValue(sliderFromSpeed(driver.speed()));
            updating = false;
        }
    }
}
