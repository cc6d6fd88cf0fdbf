package io.infraviz.sim;

import io.infraviz.model.Algorithm;
import io.infraviz.model.CheckType;
import io.infraviz.model.LbMode;
import io.infraviz.model.Outcome;
import io.infraviz.model.SimulationSettings;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.infraviz.sim.Lab.MS;
import static org.assertj.core.api.Assertions.assertThat;

/** The balancing algorithms and the two modes, run through the whole engine. */
class BalancingTest {

    @Test
    void roundRobinAlternatesStrictly() {
        Lab lab = Lab.of(Lab.realistic()).run(200);
        List<String> order = lab.results().stream().map(RequestResult::backend).toList();
        for (int i = 0; i < order.size(); i++) {
            assertThat(order.get(i)).as("request %d", i).isEqualTo(i % 2 == 0 ? "web-01" : "web-02");
        }
    }

    @Test
    void afterARevivalTheServerThatStayedUpTakesOneMoreTurnThenTheyAlternate() {
        // Measured on HAProxy 2.6 (src/compare/haproxy): "01 01 01 | 01 02 01 02" when web-02
        // comes back, "02 02 02 | 02 01 02 01" when web-01 does.
        for (String revived : new String[] {"web-01", "web-02"}) {
            Lab lab = Lab.of(Lab.realistic()).event("3000:kill:" + revived + ".nginx")
                    .event("8000:revive:" + revived + ".nginx").run(150);
            long up = lab.marked(revived, "UP", 1);
            List<String> after = lab.results().stream().filter(r -> r.startUs() + 10 * MS > up)
                    .map(RequestResult::backend).limit(4).toList();
            String survivor = revived.equals("web-01") ? "web-02" : "web-01";
            assertThat(after).as("revived %s", revived).containsExactly(survivor, revived, survivor, revived);
        }
    }

    @Test
    void weightedRoundRobinFollowsTheWeightsAndSpreadsThem() {
        Lab lab = Lab.of(Lab.lb(l -> l.withAlgorithm(Algorithm.WEIGHTED).withWeights(Map.of("web-01", 3, "web-02", 1))))
                .run(400);
        assertThat(lab.summary.byBackend()).containsEntry("web-01", 300L).containsEntry("web-02", 100L);
        List<String> order = lab.results().stream().map(RequestResult::backend).toList();
        for (int i = 0; i + 4 <= order.size(); i += 4) {
            assertThat(order.subList(i, i + 4).stream().filter("web-02"::equals)).as("every 4 requests").hasSize(1);
        }
    }

    @Test
    void leastConnectionsFavoursTheIdleServer() {
        // web-01's app hangs; a TCP check keeps it UP, so only the algorithm decides.
        SimulationSettings tcp = Lab.lb(l -> l.withCheck(CheckType.TCP).withTimeouts(5000, 50_000)).apply(Lab.realistic());
        Lab rr = Lab.of(tcp).event("1000:hang:web-01.app").run(100);
        Lab lc = Lab.of(tcp.withLb(tcp.lb().withAlgorithm(Algorithm.LEAST_CONNECTIONS))).event("1000:hang:web-01.app").run(100);
        long rrStuck = rr.results().stream().filter(r -> r.startUs() >= 1000 * MS && r.backend().equals("web-01")).count();
        long lcStuck = lc.results().stream().filter(r -> r.startUs() >= 1000 * MS && r.backend().equals("web-01")).count();
        assertThat(rrStuck).as("round robin keeps sending every other request").isEqualTo(45);
        assertThat(lcStuck).as("least connections sends the hung server one, then avoids it").isEqualTo(1);
        assertThat(lc.results().stream().filter(r -> r.startUs() >= 1000 * MS && r.outcome().succeeded())).hasSize(89);
    }

    @Test
    void sourceHashPinsEachClientToOneServer() {
        Lab lab = Lab.of(Lab.lb(l -> l.withAlgorithm(Algorithm.SOURCE))).run(300);
        Map<String, List<String>> byClient = lab.results().stream().collect(Collectors.groupingBy(RequestResult::client,
                Collectors.mapping(RequestResult::backend, Collectors.toList())));
        assertThat(byClient).hasSize(3);
        byClient.forEach((client, backends) -> assertThat(backends.stream().distinct()).as(client).hasSize(1));
        assertThat(byClient.values().stream().map(b -> b.get(0)).distinct()).as("the three clients use both servers").hasSize(2);
    }

    @Test
    void sourceHashMovesClientsOfADownServerAndBringsThemBack() {
        Lab lab = Lab.of(Lab.lb(l -> l.withAlgorithm(Algorithm.SOURCE))).event("5000:kill:web-02.nginx")
                .event("10000:revive:web-02.nginx").run(200);
        long down = lab.marked("web-02", "DOWN", 1);
        long up = lab.marked("web-02", "UP", 1);
        assertThat(lab.results().stream().filter(r -> r.startUs() > down && r.endUs() < up))
                .allMatch(r -> r.backend().equals("web-01"));
        assertThat(lab.results().stream().filter(r -> r.startUs() > up + 10 * MS).map(RequestResult::backend).distinct()).hasSize(2);
    }

    @Test
    void activePassiveSendsEverythingToTheActiveServerFailsOverAndFailsBack() {
        Lab lab = Lab.of(Lab.lb(l -> l.withMode(LbMode.ACTIVE_PASSIVE))).event("5000:kill:web-01.nginx")
                .event("10000:revive:web-01.nginx").run(200);
        long down = lab.marked("web-01", "DOWN", 1);
        long up = lab.marked("web-01", "UP", 1);
        for (RequestResult r : lab.results()) {
            long at = r.startUs() + 10 * MS;
            if (at < 5000 * MS || at > up) {
                assertThat(r.backend()).as("request %d", r.index()).isEqualTo("web-01");
            } else if (at > down && at < up) {
                assertThat(r.backend()).as("request %d while web-01 is DOWN", r.index()).isEqualTo("web-02");
                assertThat(r.outcome().succeeded()).isTrue();
            } else {
                // Sent to the dead active server before it was marked DOWN: refused, retried, 503.
                assertThat(r.outcome()).isEqualTo(Outcome.UNAVAILABLE);
            }
        }
        assertThat(lab.healthChanges()).extracting(SimEvent.HealthChanged::server).containsExactly("web-01", "web-01");
    }

    @Test
    void redispatchSendsTheRetryToTheOtherServerAtOnce() {
        Lab lab = Lab.of(Lab.lb(l -> l.withRetries(3, true))).event("5000:kill:web-02.nginx").run(100);
        assertThat(lab.results()).allMatch(r -> r.outcome().succeeded());
        List<RequestResult> redispatched = lab.results().stream().filter(r -> r.retries() > 0).toList();
        assertThat(redispatched).isNotEmpty().allMatch(r -> r.backend().equals("web-01"))
                .allMatch(r -> r.latencyUs() < 30 * MS);
    }

    @Test
    void withoutRetriesARefusedConnectionIsA503AtOnce() {
        Lab lab = Lab.of(Lab.lb(l -> l.withRetries(0, false))).event("5000:kill:web-02.nginx").run(100);
        List<RequestResult> failed = lab.results().stream().filter(r -> !r.outcome().succeeded()).toList();
        assertThat(failed).isNotEmpty().allMatch(r -> r.outcome() == Outcome.UNAVAILABLE)
                .allMatch(r -> r.retries() == 0).allMatch(r -> r.latencyUs() < 25 * MS);
    }

    @Test
    void sameSeedGivesTheSameRunAndAnotherSeedAnother() {
        String a = csv(1);
        assertThat(csv(1)).isEqualTo(a);
        assertThat(csv(2)).isNotEqualTo(a);
    }

    private static String csv(long seed) {
        Simulation sim = new Simulation(io.infraviz.scenario.Stages.DISTRIBUTED.topology(),
                io.infraviz.model.Preset.REALISTIC.settings(), seed);
        StringBuilder out = new StringBuilder();
        sim.addListener(e -> out.append(e.describe()).append('\n'));
        sim.schedule(io.infraviz.sim.fault.ScheduledFault.parse("@50:kill:web-02"));
        sim.startTraffic(500);
        sim.runToCompletion();
        return out.toString();
    }
}
