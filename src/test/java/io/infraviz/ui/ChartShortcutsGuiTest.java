package io.infraviz.ui;

import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XChartPanel;

import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * In the real window, Ctrl+E with the pointer on a chart opens the app's export, not XChart's own
 * file chooser (XChart binds Ctrl+S and Ctrl+E in the whole window, ahead of the menus).
 */
@Tag("gui")
class ChartShortcutsGuiTest {
    private Robot robot;
    private FrameFixture window;

    @BeforeEach
    void open() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        // The app's timer keeps the event queue busy: do not wait 10 s for idleness after each action.
        robot.settings().idleTimeout(300);
        Preferences prefs = Preferences.userRoot().node("io/infraviz-test");
        MainFrame frame = GuiActionRunner.execute(() -> {
            Themes.install(false, false);
            Themes themes = new Themes(prefs);
            themes.rememberDark(false);
            return MainFrame.open(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), themes);
        });
        window = new FrameFixture(robot, frame);
        window.focus();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void ctrlEOverAChartOpensTheAppsExportDialog() {
        XChartPanel<?> chart = robot.finder().find(window.target(), new GenericTypeMatcher<>(XChartPanel.class) {
            @Override
            protected boolean isMatching(XChartPanel panel) {
                return "Replication lag (s)".equals(panel.getAccessibleContext().getAccessibleName());
            }
        });
        // Focus somewhere in the window (the event log), then the pointer on a chart.
        robot.click(window.textBox(new GenericTypeMatcher<>(javax.swing.text.JTextComponent.class) {
            @Override
            protected boolean isMatching(javax.swing.text.JTextComponent t) {
                return "Event log".equals(t.getAccessibleContext().getAccessibleName());
            }
        }).target());
        robot.click(chart);
        // The robot itself, not the frame fixture: that one would move the focus to the frame first.
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_E);
        robot.releaseKey(KeyEvent.VK_CONTROL);

        DialogFixture export = WindowFinder.findDialog(ExportDialog.class).withTimeout(10_000).using(robot);
        assertThat(export.target().getTitle()).isEqualTo("Export the diagram");
        export.close();
    }
}
