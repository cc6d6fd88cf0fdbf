package io.infraviz.sim;

import io.infraviz.model.CheckType;
import io.infraviz.model.Outcome;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.infraviz.sim.Lab.MS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hung processes and processes answering errors: what a TCP check misses and an HTTP check
 * sees, and what the users get meanwhile. HAProxy 2.6 facts: a TCP check only opens a
 * connection, which a stopped process's kernel still accepts; timeout check defaults to inter;
 * a request already sent to a server is not moved when it goes DOWN, and ends with 504 after
 * timeout server.
 */
class HungAndErroringTest {

    @Test
    void hungNginxIsTakenOutByHttpChecksAfterTheirTimeoutsAndItsRequestsGet504() {
        Lab lab = Lab.of(Lab.lb(l -> l.withTimeouts(1000, 2000))).event("5000:hang:web-02.nginx").run(150);
        long down = lab.marked("web-02", "DOWN", 1);
        List<SimEvent.CheckCompleted> failed = lab.checks("web-02").stream().filter(c -> !c.passed() && c.timeUs() <= down).toList();
        assertThat(failed).hasSize(3);
        assertThat(failed).allMatch(c -> c.detail().contains("timeout check (500 ms)"));
        // Each failed check took inter (500 ms) and the next began inter after it ended.
        assertThat(failed.get(1).timeUs() - failed.get(0).timeUs()).isBetween(1000 * MS, 1000 * MS + MS);
        assertThat(failed.get(2).timeUs()).isEqualTo(down);
        for (RequestResult r : lab.results()) {
            long at = r.startUs() + 10 * MS;
            if (at > 5000 * MS && at < down && r.backend().equals("web-02")) {
                assertThat(r.outcome()).as("request %d", r.index()).isEqualTo(Outcome.GATEWAY_TIMEOUT);
                assertThat(r.latencyUs()).as("timeout server, then the way back").isBetween(2000 * MS, 2000 * MS + 25 * MS);
                assertThat(r.failedAt()).isEqualTo("web-02.nginx");
            } else {
                assertThat(r.outcome().succeeded()).as("request %d", r.index()).isTrue();
            }
        }
    }

    @Test
    void hungNginxPassesTcpChecksSoEveryOtherRequestTimesOut() {
        Lab lab = Lab.of(Lab.lb(l -> l.withCheck(CheckType.TCP).withTimeouts(1000, 2000))).event("5000:hang:web-02.nginx").run(150);
        assertThat(lab.healthChanges()).isEmpty();
        long timeouts = lab.results().stream().filter(r -> r.outcome() == Outcome.GATEWAY_TIMEOUT).count();
        assertThat(timeouts).isEqualTo(lab.results().stream().filter(r -> r.startUs() + 10 * MS > 5000 * MS
                && r.backend().equals("web-02")).count()).isEqualTo(50);
    }

    @Test
    void healingAHungServerLetsItAnswerAgain() {
        Lab lab = Lab.of(Lab.lb(l -> l.withTimeouts(1000, 2000))).event("5000:hang:web-02.nginx")
                .event("9000:heal:web-02.nginx").run(200);
        long up = lab.marked("web-02", "UP", 1);
        assertThat(up).isBetween(9000 * MS, 10_500 * MS);
        assertThat(lab.results().stream().filter(r -> r.startUs() > up)).allMatch(r -> r.outcome().succeeded());
        assertThat(lab.sim.inFlightCount()).as("nothing left stuck at the healed server").isLessThan(5);
    }

    @Test
    void appAnsweringErrorsPassesTcpChecksButFailsHttpChecks() {
        Lab tcp = Lab.of(Lab.lb(l -> l.withCheck(CheckType.TCP))).event("5000:error:web-01.app").run(100);
        assertThat(tcp.healthChanges()).isEmpty();
        assertThat(tcp.results().stream().filter(r -> r.outcome() == Outcome.SERVER_ERROR)).hasSize(25)
                .allMatch(r -> r.backend().equals("web-01") && r.failedAt().equals("web-01.app"));

        Lab http = Lab.of(Lab.realistic()).event("5000:error:web-01.app").run(100);
        long down = http.marked("web-01", "DOWN", 1);
        assertThat(down).isBetween(6000 * MS, 6500 * MS + MS);
        assertThat(http.results().stream().filter(r -> r.startUs() > down)).allMatch(r -> r.outcome().succeeded());
    }

    @Test
    void deadAppFilesMakeTheAppAnswer500() {
        Lab lab = Lab.of(Lab.lb(l -> l.withCheck(CheckType.TCP))).event("3000:kill:web-02.files").run(60);
        assertThat(lab.results().stream().filter(r -> r.startUs() > 3000 * MS && r.backend().equals("web-02")))
                .allMatch(r -> r.outcome() == Outcome.SERVER_ERROR && r.failedAt().equals("web-02.files"));
    }
}
