package io.infraviz.ui;

import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.world.ServerHealth;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import javax.swing.JTextArea;
import javax.swing.text.BadLocationException;

import static org.assertj.core.api.Assertions.assertThat;

/** The event log as shown: plain text that wraps, through the filter. */
class EventLogPanelTest {
    private final Simulation sim = new Simulation(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);
    private final EventLog log = new EventLog();
    private final EventLogPanel panel = new EventLogPanel(log);

    /** One frame of the window: the log follows the run, then the panel shows it. */
    private void frame(List<SimEvent> events, boolean rebuilt) {
        log.frame(sim, events, rebuilt);
        panel.frame(sim, events, rebuilt);
    }

    @Test
    void aLongLineWrapsAtThePanelsWidthInsteadOfBeingCutOff() throws BadLocationException {
        frame(List.of(new SimEvent.HealthChanged(14_300_000, "web-02", ServerHealth.DOWN,
                "after 3 failed checks (no answer within timeout check (2000 ms)), so it gets no new requests")), false);
        JTextArea text = panel.textArea();
        text.setSize(240, 400);

        assertThat(panel.lines()).hasSize(1);
        double firstRow = text.modelToView2D(0).getY();
        double lastRow = text.modelToView2D(text.getDocument().getLength()).getY();
        assertThat(lastRow).as("the end of the one line is rows below its start").isGreaterThan(firstRow);
        assertThat(text.getPreferredSize().width).as("no wider than the panel").isLessThanOrEqualTo(240);
    }

    @Test
    void theTextIsTheLinesThroughTheFilterAndNewLinesFollowTheOldOnes() {
        SimEvent check = new SimEvent.CheckCompleted(2_000_000, "web-02", false, "HTTP GET /health", "connection refused");
        SimEvent down = new SimEvent.HealthChanged(6_000_000, "web-02", ServerHealth.DOWN, "after 3 failed checks");
        frame(List.of(check), false);
        frame(List.of(check, check, down), false);

        assertThat(panel.textArea().getText()).isEqualTo(String.join("\n", panel.lines()))
                .contains("… 2 more checks failed").contains("web-02 marked DOWN");
        panel.setFilter(EventLog.Filter.FAILURES_AND_CHANGES);
        assertThat(panel.textArea().getText()).isEqualTo("00:06.0  web-02 marked DOWN after 3 failed checks");
        frame(List.of(), true);
        assertThat(panel.textArea().getText()).as("a new run starts a new log").isEmpty();
    }

    @Test
    void aPanelBuiltAfterTheFirstFramesShowsTheLogFromTheStart() {
        EventLog early = new EventLog();
        early.frame(sim, List.of(new SimEvent.HealthChanged(1_000_000, "web-02", ServerHealth.DOWN, "after 3 failed checks")), false);
        EventLogPanel later = new EventLogPanel(early);
        later.frame(sim, List.of(), false);
        assertThat(later.textArea().getText()).isEqualTo("00:01.0  web-02 marked DOWN after 3 failed checks");
    }
}
