package io.infraviz.ui;

import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Outcome;
import io.infraviz.model.Preset;
import io.infraviz.model.RequestKind;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.world.ServerHealth;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the event log says: folded checks, the filter, and why requests fail at a DOWN server. */
class EventLogTest {
    private static final long S = 1_000_000;
    private final EventLog log = new EventLog();

    private static SimEvent failedCheck(long timeUs, String server) {
        return new SimEvent.CheckCompleted(timeUs, server, false, "HTTP GET /health", "connection refused");
    }

    private static SimEvent failedRequest(long index, long startUs, long endUs, String backend) {
        return new SimEvent.RequestCompleted(new RequestResult(index, startUs, endUs, RequestKind.READ, "203.0.113.7",
                backend, "", Outcome.GATEWAY_TIMEOUT, backend + ".nginx", "no answer within timeout server", 0, 0));
    }

    private static SimEvent marked(long timeUs, String server, ServerHealth state) {
        return new SimEvent.HealthChanged(timeUs, server, state, "after 3 failed checks (connection refused)");
    }

    @Test
    void aRunOfFailedChecksIsOneLineAndACount() {
        log.add(List.of(failedCheck(2 * S, "web-02"), failedCheck(4 * S, "web-02")), 4 * S);
        log.add(List.of(failedCheck(6 * S, "web-02"), failedCheck(8 * S, "web-02")), 8 * S);
        log.add(List.of(marked(8 * S, "web-02", ServerHealth.DOWN), failedCheck(10 * S, "web-02")), 10 * S);

        assertThat(log.lines(EventLog.Filter.ALL)).containsExactly(
                "00:02.0  health check of web-02 failed: connection refused (HTTP GET /health)",
                "00:08.0  … 3 more checks failed",
                "00:08.0  web-02 marked DOWN after 3 failed checks (connection refused)",
                "00:10.0  health check of web-02 failed: connection refused (HTTP GET /health)");
    }

    @Test
    void failuresAndChangesLeavesTheChecksOut() {
        log.add(List.of(failedCheck(2 * S, "web-02"), failedRequest(1, S, 3 * S, "web-02"),
                marked(6 * S, "web-02", ServerHealth.DOWN), failedCheck(8 * S, "web-02")), 8 * S);

        assertThat(log.lines(EventLog.Filter.FAILURES_AND_CHANGES))
                .hasSize(2)
                .noneMatch(l -> l.contains("health check"))
                .anyMatch(l -> l.contains("request 1 (read) failed"))
                .anyMatch(l -> l.contains("web-02 marked DOWN"));
        assertThat(log.lines(EventLog.Filter.ALL)).hasSize(4);
    }

    @Test
    void checksOfADeadServerDoNotPushOutWhatHappened() {
        log.add(List.of(marked(6 * S, "web-02", ServerHealth.DOWN)), 6 * S);
        for (long t = 8; t < 8 + 2 * EventLog.MAX_ENTRIES * 2; t += 2) {
            log.add(List.of(failedCheck(t * S, "web-02")), t * S);
        }
        assertThat(log.lines(EventLog.Filter.ALL)).first().asString().contains("web-02 marked DOWN");
        assertThat(log.lines(EventLog.Filter.ALL)).noneMatch(l -> l.contains("dropped"));
    }

    @Test
    void linesPastTheLimitAreDroppedOldestFirstAndCounted() {
        int changes = EventLog.MAX_ENTRIES + 120;
        for (int i = 0; i < changes; i++) {
            log.note(i * S / 10, "change " + i);
        }
        List<String> lines = log.lines(EventLog.Filter.ALL);
        int kept = lines.size() - 1;
        assertThat(kept).isLessThanOrEqualTo(EventLog.MAX_ENTRIES);
        assertThat(lines.get(0)).isEqualTo("… " + (changes - kept) + " earlier lines dropped (the log keeps the last "
                + EventLog.MAX_ENTRIES + ")");
        assertThat(lines.get(1)).endsWith("change " + (changes - kept));
        assertThat(lines.get(lines.size() - 1)).endsWith("change " + (changes - 1));

        log.clear();
        assertThat(log.lines(EventLog.Filter.ALL)).isEmpty();
    }

    @Test
    void aFailureAtAServerMarkedDownIsExplainedOnceAsSentBeforeTheMark() {
        log.add(List.of(marked(10 * S, "web-02", ServerHealth.DOWN)), 10 * S);
        log.add(List.of(failedRequest(7, 9 * S, 12 * S, "web-02"), failedRequest(8, 9 * S, 13 * S, "web-02")), 13 * S);
        log.add(List.of(failedRequest(9, 9 * S, 14 * S, "web-02")), 14 * S);

        List<String> lines = log.lines(EventLog.Filter.FAILURES_AND_CHANGES);
        assertThat(lines.stream().filter(l -> l.contains("already on their way to it before it was marked DOWN")))
                .hasSize(1)
                .allMatch(l -> l.startsWith("00:12.0  Requests still failing at web-02"))
                .allMatch(l -> l.contains("does not move a request it has already sent"))
                .allMatch(l -> l.contains("retries go to the same server"));
        assertThat(lines.indexOf(lines.stream().filter(l -> l.contains("already on their way")).findFirst().orElseThrow()))
                .as("the explanation comes right before the first such failure")
                .isEqualTo(lines.indexOf(lines.stream().filter(l -> l.contains("request 7")).findFirst().orElseThrow()) - 1);
    }

    @Test
    void noExplanationForOtherServersOrRequestsSentAfterTheMarkAndAgainAfterTheNextMark() {
        log.add(List.of(marked(10 * S, "web-02", ServerHealth.DOWN)), 10 * S);
        log.add(List.of(failedRequest(7, 9 * S, 12 * S, "web-01"), failedRequest(8, 11 * S, 13 * S, "web-02")), 13 * S);
        assertThat(log.lines(EventLog.Filter.ALL)).noneMatch(l -> l.contains("already on their way"));

        log.add(List.of(failedRequest(9, 9 * S, 14 * S, "web-02")), 14 * S);
        log.add(List.of(marked(20 * S, "web-02", ServerHealth.UP), marked(30 * S, "web-02", ServerHealth.DOWN)), 30 * S);
        log.add(List.of(failedRequest(12, 29 * S, 32 * S, "web-02")), 32 * S);
        assertThat(log.lines(EventLog.Filter.ALL).stream().filter(l -> l.contains("already on their way"))).hasSize(2);
    }

    @Test
    void aHungServerMarkedDownKeepsFailingItsRequestsAndTheLogSaysWhy() {
        SimulationDriver driver = new SimulationDriver(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);
        EventLog log = new EventLog();
        EventLogPanel panel = new EventLogPanel(log);
        driver.addFrameListener(log);
        driver.addFrameListener(panel);
        long clock = 0;
        driver.play();
        driver.tick(clock);
        for (int i = 0; i < 60 * 20; i++) {
            if (i == 4 * 20) {
                driver.apply(new Fault(FaultAction.HANG, "web-02.nginx"));
            }
            clock += 50_000_000L;
            driver.tick(clock);
        }
        List<String> lines = new ArrayList<>(panel.lines());
        int down = indexOf(lines, "web-02 marked DOWN");
        int why = indexOf(lines, "were already on their way to it before it was marked DOWN");
        assertThat(down).as("web-02 is marked DOWN").isNotNegative();
        assertThat(why).as("the log says why requests still fail").isGreaterThan(down);
        assertThat(lines.stream().filter(l -> l.contains("already on their way"))).hasSize(1);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
