package io.infraviz.ui;

import io.infraviz.analysis.LiveMetrics;
import io.infraviz.engine.SimTime;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;
import net.miginfocom.swing.MigLayout;

import java.util.List;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** The status bar: simulated time, requests in flight, success rate over the last 10 s, what is wrong. */
public final class StatusBar extends JPanel implements SimulationDriver.FrameListener {
    private final SimulationDriver driver;
    private final JLabel timeLabel = new JLabel();
    private final JLabel inFlightLabel = new JLabel();
    private final JLabel successLabel = new JLabel();
    private final JLabel downLabel = new JLabel();
    private long lastRefresh;

    public StatusBar(SimulationDriver driver) {
        super(new MigLayout("insets 4 10 4 10", "[]20[]20[]20[grow]"));
        this.driver = driver;
        add(timeLabel);
        add(inFlightLabel);
        add(successLabel);
        add(downLabel);
    }

    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        long now = System.nanoTime();
        if (!rebuilt && now - lastRefresh < 200_000_000L) {
            return;
        }
        lastRefresh = now;
        String state = driver.playing() ? (driver.behind() ? "playing (falling behind)" : "playing") : "paused";
        timeLabel.setText("Time " + EventLogPanel.clock(sim.now()) + "  (" + state + ", "
                + ControlsPanel.formatSpeed(driver.speed()) + ")");
        inFlightLabel.setText("In flight: " + sim.inFlightCount());
        LiveMetrics m = driver.metrics();
        long second = SimTime.wholeSeconds(sim.now());
        double rate = m.successRate(second - 10, second);
        successLabel.setText(rate < 0 ? "Success: —" : String.format(Locale.ROOT, "Success (10 s): %.1f %%", rate * 100));
        downLabel.setText(Troubles.of(sim, rate));
    }

    /** The texts shown (for tests and screen readers). */
    String text() {
        return timeLabel.getText() + " | " + inFlightLabel.getText() + " | " + successLabel.getText() + " | " + downLabel.getText();
    }
}
