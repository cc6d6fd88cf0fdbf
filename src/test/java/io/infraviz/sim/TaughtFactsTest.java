package io.infraviz.sim;

import io.infraviz.model.CheckType;
import io.infraviz.model.Outcome;
import io.infraviz.model.Role;
import io.infraviz.scenario.Explanations;
import io.infraviz.scenario.Explanations.Concept;
import io.infraviz.sim.world.RequestResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.infraviz.sim.Lab.MS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the explanations and lessons teach about HAProxy and Nginx, shown by the simulation: each
 * test runs what a sentence says and checks the sentence is there.
 */
class TaughtFactsTest {

    /**
     * web-server-dies: with inter 2 s and fall 3, a dead machine answers nothing, so each check
     * waits its timeout (timeout check = inter) before it fails, and the next starts inter later:
     * DOWN comes 10 to 12 s after the death. A dead Nginx on a living machine refuses at once:
     * 4 to 6 s.
     */
    @Test
    void aDeadHostTakesTenToTwelveSecondsToBeMarkedDownADeadNginxFourToSix() {
        assertThat(lessonText("web-server-dies")).contains("marked DOWN 10 to 12 seconds after it died")
                .contains("DOWN 4 to 6 seconds after it died (the nginx-dies lesson)");
        for (long killMs = 5000; killMs < 7000; killMs += 250) {
            long host = detection("web-02", killMs);
            long nginx = detection("web-02.nginx", killMs);
            assertThat(host).as("host killed at %d ms", killMs).isBetween(10_000 * MS, 12_000 * MS + 5 * MS);
            assertThat(nginx).as("Nginx killed at %d ms", killMs).isBetween(4_000 * MS, 6_000 * MS + 5 * MS);
        }
    }

    private static long detection(String target, long killMs) {
        Lab lab = Lab.of(Lab.lb(l -> l.withChecks(2000, 3, 2))).event(killMs + ":kill:" + target).run(250);
        return lab.marked("web-02", "DOWN", 1) - killMs * MS;
    }

    /** The role and concept texts: 502 when the application refuses, 504 when it accepts and never answers. */
    @Test
    void nginxAnswers502ForADeadApplicationAndTheRequestGets504ForAHungOne() {
        assertThat(Explanations.of(Role.WEB_SERVER)).contains("refuses the connection (it is dead), Nginx answers 502")
                .contains("never answers (hung), Nginx waits proxy_read_timeout (60 s) and answers 504");
        assertThat(Concept.WEB_SERVER.text()).contains("502 Bad Gateway at once").contains("504 Gateway Timeout");
        // A TCP check keeps web-02 in the rotation, so its turns show what Nginx answers.
        for (String fault : List.of("kill", "hang")) {
            Lab lab = Lab.of(Lab.lb(l -> l.withCheck(CheckType.TCP).withTimeouts(1000, 2000)))
                    .event("5000:" + fault + ":web-02.app").run(100);
            List<RequestResult> hit = lab.results().stream()
                    .filter(r -> r.startUs() > 5000 * MS && r.backend().equals("web-02")).toList();
            assertThat(hit).as(fault).hasSize(25).allMatch(r -> r.outcome()
                    == (fault.equals("kill") ? Outcome.BAD_GATEWAY : Outcome.GATEWAY_TIMEOUT));
        }
    }

    /** nginx-dies and the load balancer's role: retries cover refused and timed-out connections alike. */
    @Test
    void retriesCoverRefusedAndTimedOutConnections() {
        assertThat(Explanations.of(Role.LOAD_BALANCER)).contains("A connection that is refused or times out is retried")
                .contains("'retry-on' (since HAProxy 2.0)");
        assertThat(lessonText("nginx-dies")).contains("HAProxy retries a connection that is refused or that times out")
                .contains("'retry-on', since HAProxy 2.0");
        for (String target : List.of("web-02.nginx", "web-02")) {
            Lab lab = Lab.of(Lab.lb(l -> l.withTimeouts(1000, 50_000))).event("5000:kill:" + target).run(100);
            List<RequestResult> failed = lab.results().stream().filter(r -> !r.outcome().succeeded()).toList();
            assertThat(failed).as(target).isNotEmpty().allMatch(r -> r.retries() == 3 && r.outcome() == Outcome.UNAVAILABLE)
                    .allMatch(r -> r.reason().endsWith(target.equals("web-02") ? "timed out, 3 retries used"
                            : "refused the connection, 3 retries used"));
        }
    }

    /** Health checks and monitoring: HAProxy logs and shows DOWN, nobody is alerted; observe layer7 exists. */
    @Test
    void haproxyLogsDownButAlertsNobodyWithoutMonitoring() {
        assertThat(Concept.HEALTH_CHECKS.text()).contains("'observe layer7' (off by default)")
                .contains("DOWN at alert level and shows it on its stats page");
        assertThat(Concept.MONITORING.text()).contains("nobody is alerted unless someone reads its logs");
        Lab lab = Lab.of(Lab.realistic()).event("5000:kill:web-02.nginx").run(100);
        assertThat(lab.healthChanges()).as("the DOWN HAProxy logs").hasSize(1);
        assertThat(lab.events).as("no alert without monitoring")
                .noneMatch(e -> e instanceof io.infraviz.sim.world.SimEvent.Alert);
    }

    /** The firewall lets in replication and an administrator's SSH too; DNS answers are cached by resolvers and browsers. */
    @Test
    void firewallAndDnsTextsNameWhatTheyMustName() {
        assertThat(Explanations.of(Role.FIREWALL)).contains("the Replica to the Primary (replication)")
                .contains("SSH only from an administrator's address");
        assertThat(Concept.FIREWALL.text()).contains("SSH only from an administrator's address");
        assertThat(Concept.DNS.text()).contains("browsers for about a minute whatever the TTL")
                .contains("a resolver with a cached answer hides it until that answer expires");
    }

    /** Every lesson's DNS words: the TTL is the resolvers' cache; no lesson says a browser keeps an answer for the TTL. */
    @Test
    void lessonsSayResolversKeepTheAnswerForTheTtlAndBrowsersAboutAMinute() {
        for (String name : List.of("request-journey", "dns-dies", "fixing-spofs")) {
            assertThat(lessonText(name)).as(name).doesNotContainPattern("(?i)browsers? (keeps?|caches?) the (old )?answer for the TTL")
                    .doesNotContain("browser's cached answer");
        }
        assertThat(lessonText("request-journey")).contains("the user's resolver keeps it for the record's TTL")
                .contains("the browser itself for about a minute");
        assertThat(io.infraviz.model.settings.Settings.DNS_TTL.help()).startsWith("How long resolvers keep the DNS answer");
    }

    /**
     * redundancy: with web-01's host gone the writes fail at the Primary's address (2003, can't
     * connect), not at the Replica (1290 would need the application to send them there).
     */
    @Test
    void writesFailAtTheDeadPrimarysAddressNotAtTheReplica() {
        assertThat(lessonText("redundancy")).contains("MySQL error 2003").doesNotContain("refuses them (MySQL error 1290)");
        Lab lab = Lab.of(Lab.realistic().withTraffic(Lab.realistic().traffic().withWriteFraction(0.5))).event("5000:kill:web-01").run(200);
        var failedWrites = lab.results().stream().filter(r -> r.kind() == io.infraviz.model.RequestKind.WRITE
                && r.startUs() > 6000 * MS && !r.outcome().succeeded()).toList();
        assertThat(failedWrites).isNotEmpty().allMatch(r -> !"web-02.mysql".equals(r.failedAt()));
        assertThat(lab.summary.byError()).containsKey("2003").doesNotContainKey("1290");
    }

    /** equal-web-servers: each server reads its own files (no central storage); both are active, not primary and replica. */
    @Test
    void eachServerHasItsOwnFilesAndBothTakeHalfTheRequests() {
        assertThat(Concept.APP_FILES.text()).contains("no central storage").contains("not a 'primary' and a 'replica'");
        Lab lab = Lab.of(Lab.lb(l -> l.withCheck(CheckType.TCP))).event("5000:error:web-01.files").run(100);
        assertThat(lab.results().stream().filter(r -> r.backend().equals("web-01"))).hasSize(50);
        assertThat(lab.results().stream().filter(r -> !r.outcome().succeeded())).as("only web-01's requests fail")
                .isNotEmpty().allMatch(r -> r.backend().equals("web-01") && r.failedAt().equals("web-01.files"));
        assertThat(lab.results().stream().filter(r -> r.backend().equals("web-02"))).hasSize(50)
                .allMatch(r -> r.outcome().succeeded());
    }

    /** one-server: the application server is a single point of failure only when there is one of it. */
    @Test
    void theApplicationServerIsASinglePointOfFailureOnlyOnOneServer() {
        assertThat(Concept.SINGLE_POINT_OF_FAILURE.text()).contains("one only in the one-server stage");
        Simulation one = new Simulation(io.infraviz.scenario.Stages.ONE_SERVER.topology(), Lab.realistic(), 7);
        List<RequestResult> oneResults = new java.util.ArrayList<>();
        one.addListener(e -> {
            if (e instanceof io.infraviz.sim.world.SimEvent.RequestCompleted rc) {
                oneResults.add(rc.result());
            }
        });
        one.schedule(io.infraviz.sim.fault.ScheduledFault.parse("5000:kill:server-01.app"));
        one.startTraffic(100);
        one.runToCompletion();
        assertThat(oneResults.stream().filter(r -> r.startUs() > 5000 * MS)).hasSize(49)
                .allMatch(r -> r.outcome() == Outcome.BAD_GATEWAY);
        Lab two = Lab.of(Lab.realistic()).event("5000:kill:web-01.app").run(100);
        long down = two.marked("web-01", "DOWN", 1);
        assertThat(two.results().stream().filter(r -> r.startUs() > down)).isNotEmpty().allMatch(r -> r.outcome().succeeded());
    }

    /** A built-in lesson's narrations, questions, choices and explanations, as one text. */
    private static String lessonText(String name) {
        var scenario = io.infraviz.scenario.lesson.ScenarioFile.builtIn(name).scenario();
        StringBuilder b = new StringBuilder();
        java.util.function.Consumer<io.infraviz.scenario.lesson.Scenario.Question> q = x -> b.append(x.prompt())
                .append(x.choices()).append(x.explanation());
        scenario.steps().forEach(st -> {
            b.append(st.narration());
            if (st.question() != null) {
                q.accept(st.question());
            }
        });
        if (scenario.questions() != null) {
            scenario.questions().forEach(q);
        }
        return b.toString();
    }
}
