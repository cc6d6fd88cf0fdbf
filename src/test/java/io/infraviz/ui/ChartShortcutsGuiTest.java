package io.infraviz.ui;

import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XChartPanel;

import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * In the real window, Ctrl+E with the pointer on a chart opens the app's export, not XChart's own
 * file chooser (XChart binds Ctrl+S and Ctrl+E in the whole window, ahead of the menus).
 */
@Tag("gui")
class ChartShortcutsGuiTest {

    @BeforeEach
    void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
    }

    @Test
    void ctrlEOverAChartOpensTheAppsExportDialog() {
        try (AppWindow app = AppWindow.open()) {
            XChartPanel<?> chart = app.robot.finder().find(app.frame, new GenericTypeMatcher<>(XChartPanel.class) {
                @Override
                protected boolean isMatching(XChartPanel panel) {
                    return "Replication lag (s)".equals(panel.getAccessibleContext().getAccessibleName());
                }
            });
            // Focus somewhere in the window (the event log), then the pointer on a chart.
            app.robot.click(app.window.textBox(new GenericTypeMatcher<>(javax.swing.text.JTextComponent.class) {
                @Override
                protected boolean isMatching(javax.swing.text.JTextComponent t) {
                    return "Event log".equals(t.getAccessibleContext().getAccessibleName());
                }
            }).target());
            app.robot.click(chart);
            // The robot itself, not the frame fixture: that one would move the focus to the frame first.
            app.ctrl(KeyEvent.VK_E);

            DialogFixture export = WindowFinder.findDialog(ExportDialog.class).withTimeout(10_000).using(app.robot);
            assertThat(export.target().getTitle()).isEqualTo("Export the diagram");
            export.close();
        }
    }
}
