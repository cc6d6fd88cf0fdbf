package io.infraviz.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import io.infraviz.engine.SimTime;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;
import net.miginfocom.swing.MigLayout;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JToolBar;
import javax.swing.Timer;
import javax.swing.UIManager;

/**
 * The top of the window: the playback toolbar (step back, play or pause, step, speed, reset, a
 * hint) and the timeline, which drags back through the last five minutes.
 */
final class PlaybackBar extends JPanel implements SimulationDriver.FrameListener {
    private static final String HINT = "Click a part to kill it, click again to revive; right-click for more.  ";

    private final SimulationDriver driver;
    private final Action playAction;
    private final JButton playButton = new JButton();
    private final JSlider timelineSlider = new JSlider(0, 0, 0);
    private final JLabel timelineLabel = new JLabel();
    private final JLabel speedLabel = new JLabel();
    private final JLabel hintLabel = new JLabel(HINT);
    private final Timer hintReset = new Timer(6000, e -> hintLabel.setText(HINT));
    private final FlatSVGIcon playIcon = icon("player-play");
    private final FlatSVGIcon pauseIcon = icon("player-pause");
    private boolean showingPause = true;
    private boolean timelineUpdating;
    private long lastTimelineRefresh;

    PlaybackBar(SimulationDriver driver, WindowActions actions) {
        super(new BorderLayout());
        this.driver = driver;
        this.playAction = actions.play;
        hintReset.setRepeats(false);
        add(toolBar(actions), BorderLayout.NORTH);
        add(timeline(), BorderLayout.SOUTH);
    }

    /** Says something for a few seconds where the hint stands (e.g. what Undo did). */
    void tell(String message) {
        hintLabel.setText(message + "  ");
        hintReset.restart();
    }

    void stop() {
        hintReset.stop();
    }

    private JToolBar toolBar(WindowActions a) {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(button(a.stepBack, "player-track-prev"));
        playButton.setAction(playAction);
        playButton.setIcon(pauseIcon);
        bar.add(playButton);
        bar.add(button(a.step, "player-track-next"));
        bar.addSeparator();
        bar.add(button(a.slower, null));
        speedLabel.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 6));
        bar.add(speedLabel);
        bar.add(button(a.faster, null));
        bar.addSeparator();
        bar.add(button(a.reset, "refresh"));
        bar.addSeparator();
        bar.add(button(a.design, "server"));
        bar.add(Box.createHorizontalGlue());
        // On a narrow screen in large type the hint gives way (ending in "...") rather than running off the edge.
        hintLabel.setMinimumSize(new java.awt.Dimension(0, 0));
        hintLabel.setBorder(BorderFactory.createEmptyBorder(0, 16, 0, 0));
        hintLabel.setToolTipText(HINT);
        bar.add(hintLabel);
        return bar;
    }

    private JPanel timeline() {
        JPanel p = new JPanel(new MigLayout("insets 2 10 4 10", "[][grow,fill][]"));
        p.add(new JLabel("Timeline"));
        timelineSlider.getAccessibleContext().setAccessibleName("Timeline");
        timelineSlider.setToolTipText("Drag back to see what happened; press Play to resume from there");
        timelineSlider.setFocusable(false);
        timelineSlider.addChangeListener(e -> {
            if (!timelineUpdating) {
                driver.seek(SimTime.fromTenths(timelineSlider.getValue()));
            }
        });
        p.add(timelineSlider);
        p.add(timelineLabel, "w 200:340:");
        return p;
    }

    private static JButton button(Action a, String iconName) {
        JButton b = new JButton(a);
        if (iconName != null) {
            b.setIcon(icon(iconName));
        }
        b.setFocusable(false);
        return b;
    }

    private static FlatSVGIcon icon(String name) {
        return new FlatSVGIcon("icons/" + name + ".svg", 18, 18)
                .setColorFilter(new FlatSVGIcon.ColorFilter(c -> UIManager.getColor("Label.foreground")));
    }

    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        boolean playing = driver.playing();
        playAction.putValue(Action.NAME, playing ? "Pause" : driver.inThePast() ? "Resume from here" : "Play");
        if (playing != showingPause) {
            showingPause = playing;
            playButton.setIcon(playing ? pauseIcon : playIcon);
        }
        speedLabel.setText(ControlsPanel.formatSpeed(driver.speed()));
        refreshTimeline(sim, rebuilt);
    }

    /** At most five times a second (or at once after a rebuild): the slider need not move every frame. */
    private void refreshTimeline(SimulationView sim, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastTimelineRefresh < 200_000_000L) {
            return;
        }
        lastTimelineRefresh = now;
        if (timelineSlider.getValueIsAdjusting()) {
            return;
        }
        timelineUpdating = true;
        try {
            timelineSlider.setMinimum((int) SimTime.tenths(driver.historyStartUs()));
            timelineSlider.setMaximum((int) SimTime.tenths(driver.headUs()));
            timelineSlider.setValue((int) SimTime.tenths(sim.now()));
        } finally {
            timelineUpdating = false;
        }
        timelineLabel.setText(driver.inThePast()
                ? "Past: " + EventLogPanel.clock(sim.now()) + " of " + EventLogPanel.clock(driver.headUs()) + " (Play resumes here)"
                : "Live: " + EventLogPanel.clock(sim.now()));
    }
}
