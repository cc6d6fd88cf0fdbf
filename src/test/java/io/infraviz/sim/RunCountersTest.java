package io.infraviz.sim;

import io.infraviz.model.Outcome;
import io.infraviz.model.ReadPolicy;
import io.infraviz.model.SimulationSettings;
import io.infraviz.sim.request.RunCounters;
import io.infraviz.sim.world.RequestResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The diagram's counters agree exactly with what the run's requests report. */
class RunCountersTest {

    private static String hostOf(Lab lab, String componentId) {
        return lab.sim.topology().component(componentId).map(c -> c.hostId()).orElse(null);
    }

    @Test
    void failuresAtAServerAreCountedWhereTheyHappened() {
        // web-02's app hangs: until the checks mark it DOWN, requests sent there time out at web-02.
        Lab lab = Lab.of(Lab.realistic()).event("1000:hang:web-02.app").run(120);
        RunCounters c = lab.sim.counters();
        List<RequestResult> failedOnWeb02 = lab.results().stream()
                .filter(r -> !r.failedAt().isEmpty() && "web-02".equals(hostOf(lab, r.failedAt()))).toList();
        assertThat(failedOnWeb02).as("the run has failures at web-02 to count").isNotEmpty();
        assertThat(c.server("web-02").failed()).isEqualTo(failedOnWeb02.size());
        assertThat(c.component("web-02.app").failed()).isEqualTo(failedOnWeb02.stream()
                .filter(r -> r.failedAt().equals("web-02.app")).count());
        assertThat(c.server("web-01").failed()).isZero();
        assertThat(c.failed()).isEqualTo(lab.summary.requests() - lab.summary.succeeded());
    }

    @Test
    void servedPerServerMatchesTheBackendsThatAnswered() {
        Lab lab = Lab.of(Lab.realistic()).event("3000:kill:web-02.nginx").run(100);
        RunCounters c = lab.sim.counters();
        for (String server : List.of("web-01", "web-02")) {
            long answered = lab.results().stream()
                    .filter(r -> r.outcome().succeeded() && r.backend().equals(server)).count();
            assertThat(c.server(server).served()).as(server).isEqualTo(answered);
        }
        assertThat(c.server("web-01").served()).isGreaterThan(c.server("web-02").served()).isGreaterThan(0);
        assertThat(c.served()).isEqualTo(lab.summary.succeeded());
        long failedAtWeb02 = lab.results().stream().filter(r -> r.failedAt().startsWith("web-02.")).count();
        assertThat(c.server("web-02").failed()).isEqualTo(failedAtWeb02);
    }

    @Test
    void staleReadsAndLostWritesAreCountedPerDatabase() {
        SimulationSettings s = Lab.realistic();
        s = s.withDb(s.db().withReadPolicy(ReadPolicy.LOCAL));
        Lab lab = Lab.of(s).event("2000:cut:web-01.mysql->web-02.mysql").event("5000:kill:web-01.mysql")
                .event("6000:promote:web-02.mysql").run(200);
        RunCounters c = lab.sim.counters();
        long staleAtReplica = lab.results().stream()
                .filter(r -> r.outcome() == Outcome.STALE && r.database().equals("web-02.mysql")).count();
        assertThat(staleAtReplica).as("the cut link makes the Replica serve old data").isGreaterThan(0);
        assertThat(c.component("web-02.mysql").staleReads()).isEqualTo(staleAtReplica);
        assertThat(c.staleReads()).isEqualTo(lab.summary.staleReads());
        assertThat(c.lostWrites()).isEqualTo(lab.sim.databases().lostWrites()).isGreaterThan(0);
        assertThat(c.component("web-01.mysql").lostWrites()).as("the old Primary's writes were lost")
                .isEqualTo(c.lostWrites());
        assertThat(c.component("web-02.mysql").served()).isEqualTo(lab.summary.byDatabase().get("web-02.mysql"));
    }
}
