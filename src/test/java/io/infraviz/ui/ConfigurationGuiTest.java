package io.infraviz.ui;

import io.infraviz.model.LbMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.swing.JMenuItem;
import java.awt.GraphicsEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The real configuration in the window: the Inspector's Configuration shows the selected server's
 * line in HAProxy's file and follows the settings (active-passive makes it a backup), and the File
 * menu offers the export.
 */
@Tag("gui")
class ConfigurationGuiTest {
    private AppWindow app;

    @BeforeEach
    void open() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        app = AppWindow.open();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private InspectorPanel inspector() {
        return app.robot.finder().findByType(app.frame, InspectorPanel.class, false);
    }

    @Test
    void theInspectorShowsTheServersLineInHaproxysFileAsTheSettingsHaveIt() {
        app.run(() -> inspector().select("web-02.nginx"));
        app.await("web-02's server line in the Inspector", () -> inspector().configurationText()
                .startsWith("lb-01/haproxy.cfg:\n    server web-02 10.0.0.12:80 check inter 2000 fall 3 rise 2 weight 1\n"));
        app.run(() -> app.frame.driver().updateSettings(s -> s.withLb(s.lb().withMode(LbMode.ACTIVE_PASSIVE))));
        app.await("web-02 a backup in the Inspector", () -> inspector().configurationText()
                .startsWith("lb-01/haproxy.cfg:\n    server web-02 10.0.0.12:80 check inter 2000 fall 3 rise 2 weight 1 backup\n"));
        assertThat(app.onEdt(() -> inspector().configurationText())).contains("web-02/nginx/sites-available/www.foobar.com:\n");
    }

    @Test
    void theFileMenuOffersTheConfigurationExport() {
        java.util.List<String> items = app.onEdt(() -> {
            javax.swing.JMenu file = app.frame.getJMenuBar().getMenu(0);
            java.util.List<String> texts = new java.util.ArrayList<>();
            for (int i = 0; i < file.getItemCount(); i++) {
                JMenuItem item = file.getItem(i);
                texts.add(item == null ? "-" : item.getText());
            }
            return texts;
        });
        assertThat(items).containsSubsequence("Export as PNG...", "Export as SVG...", "Export configuration...");
    }
}
