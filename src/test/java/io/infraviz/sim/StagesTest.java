package io.infraviz.sim;

import io.infraviz.model.Outcome;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.infraviz.sim.Lab.MS;
import static org.assertj.core.api.Assertions.assertThat;

/** The other stages: one server, and the scaled design's load-balancer pair on a virtual IP. */
class StagesTest {
    private static final long INTERNET = 10 * MS;

    private record Run(Simulation sim, List<RequestResult> results, List<SimEvent> events) {
    }

    private static Run run(Stages stage, long requests, String... faults) {
        Topology t = stage.topology();
        SimulationSettings s = Lab.realistic().forTopology(t);
        Simulation sim = new Simulation(t, s, 5);
        List<RequestResult> results = new ArrayList<>();
        List<SimEvent> events = new ArrayList<>();
        sim.addListener(e -> {
            events.add(e);
            if (e instanceof SimEvent.RequestCompleted rc) {
                results.add(rc.result());
            }
        });
        for (String f : faults) {
            sim.schedule(ScheduledFault.parse(f));
        }
        sim.startTraffic(requests);
        sim.runToCompletion();
        results.sort(java.util.Comparator.comparingLong(RequestResult::index));
        return new Run(sim, results, events);
    }

    @Test
    void oneServerServesEverythingAndFailsAsAWhole() {
        Run ok = run(Stages.ONE_SERVER, 100);
        assertThat(ok.results()).allMatch(r -> r.outcome() == Outcome.FRESH && r.backend().isEmpty());
        assertThat(ok.results()).filteredOn(r -> r.kind() == io.infraviz.model.RequestKind.READ)
                .allMatch(r -> r.database().equals("server-01.mysql"));
        Run dead = run(Stages.ONE_SERVER, 100, "3000:kill:server-01.nginx");
        assertThat(dead.results()).filteredOn(r -> r.startUs() + INTERNET > 3000 * MS)
                .isNotEmpty().allMatch(r -> r.outcome() == Outcome.REFUSED && r.failedAt().equals("server-01.nginx"));
    }

    @Test
    void theVirtualIpFailsOverAfterTheFailoverDelayAndRequestsFailOnlyMeanwhile() {
        Run run = run(Stages.SCALED, 800, "2000:kill:lb-01.haproxy");
        long delay = run.sim().settings().timings().vipFailover();
        SimEvent.VipMoved moved = run.events().stream().filter(e -> e instanceof SimEvent.VipMoved)
                .map(e -> (SimEvent.VipMoved) e).findFirst().orElseThrow();
        assertThat(moved.timeUs()).isEqualTo(2000 * MS + delay);
        assertThat(moved.from()).isEqualTo("lb-01.haproxy");
        assertThat(moved.to()).isEqualTo("lb-02.haproxy");
        for (RequestResult r : run.results()) {
            long at = r.startUs() + INTERNET;
            if (at >= 2000 * MS && at < moved.timeUs()) {
                assertThat(r.outcome()).as("request %d in the failover window", r.index()).isEqualTo(Outcome.REFUSED);
                assertThat(r.failedAt()).isEqualTo("lb-01.haproxy");
            } else if (at > moved.timeUs() || r.endUs() < 2000 * MS) {
                assertThat(r.outcome().succeeded()).as("request %d", r.index()).isTrue();
            }
        }
        long failed = run.results().stream().filter(r -> !r.outcome().succeeded()).count();
        assertThat(failed).as("one failover delay of traffic, 10 requests a second").isBetween(29L, 31L);
        assertThat(run.sim().activeLoadBalancer()).isEqualTo("lb-02.haproxy");
    }

    @Test
    void aDeadLoadBalancerHostMakesRequestsWaitAndTheyGoThroughOnceTheAddressMoved() {
        Run run = run(Stages.SCALED, 800, "2000:kill:lb-01");
        long moved = run.events().stream().filter(e -> e instanceof SimEvent.VipMoved).findFirst().orElseThrow().timeUs();
        List<RequestResult> window = run.results().stream()
                .filter(r -> r.startUs() + INTERNET >= 2000 * MS && r.startUs() + INTERNET < moved).toList();
        assertThat(window).isNotEmpty().allMatch(r -> r.outcome().succeeded());
        assertThat(window).allMatch(r -> r.endUs() >= moved);
    }

    @Test
    void theFirstLoadBalancerTakesTheAddressBackWhenItReturns() {
        Run run = run(Stages.SCALED, 1000, "1000:kill:lb-01.haproxy", "6000:revive:lb-01.haproxy");
        List<SimEvent.VipMoved> moves = run.events().stream().filter(e -> e instanceof SimEvent.VipMoved)
                .map(e -> (SimEvent.VipMoved) e).toList();
        assertThat(moves).extracting(SimEvent.VipMoved::to).containsExactly("lb-02.haproxy", "lb-01.haproxy");
        assertThat(run.sim().activeLoadBalancer()).isEqualTo("lb-01.haproxy");
    }

    @Test
    void everyNginxUsesBothApplicationServersAndSkipsADeadOne() {
        Run run = run(Stages.SCALED, 400, "2000:kill:app-02.app");
        assertThat(run.results()).filteredOn(r -> r.endUs() < 2000 * MS).allMatch(r -> r.outcome().succeeded());
        assertThat(run.results()).filteredOn(r -> r.startUs() > 2000 * MS).allMatch(r -> r.outcome().succeeded());
    }
}
