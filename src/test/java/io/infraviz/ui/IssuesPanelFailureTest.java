package io.infraviz.ui;

import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.SwingUtilities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Issues tab's analysis runs in the background; when it fails, the window is told in one line. */
class IssuesPanelFailureTest {
    @TempDir
    Path config;

    @Test
    void aFailedAnalysisIsReportedNotSwallowed() throws Exception {
        // The failure is written to the log: in a temporary folder, never the user's.
        System.setProperty(ConfigFolder.PROPERTY, config.toString());
        try {
            analysisFails();
        } finally {
            System.clearProperty(ConfigFolder.PROPERTY);
        }
        assertThat(Files.readString(config.resolve("infraviz.log"))).contains("the analysis ran out of time");
    }

    private void analysisFails() throws Exception {
        BlockingQueue<String> told = new ArrayBlockingQueue<>(4);
        Simulation sim = new Simulation(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);
        SwingUtilities.invokeAndWait(() -> new IssuesPanel(spofs -> { }, told::add, (t, s) -> {
            throw new IllegalStateException("the analysis ran out of time");
        }).frame(sim, List.of(), true));
        assertThat(told.poll(10, TimeUnit.SECONDS)).isEqualTo("The issues analysis failed: the analysis ran out of time");
    }
}
