package io.infraviz.sim;

import io.infraviz.model.Preset;
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

/** The eavesdropper, the attacker and the firewalls, and monitoring alerts (README, "Stages": secured and scaled). */
class SecurityAndMonitoringTest {

    private static Simulation run(Topology t, SimulationSettings s, long requests, String... faults) {
        Simulation sim = new Simulation(t, s, 3);
        for (String f : faults) {
            sim.schedule(ScheduledFault.parse(f));
        }
        sim.startTraffic(requests);
        sim.runToCompletion();
        return sim;
    }

    private static SimulationSettings realistic(Topology t) {
        return Lab.realistic().forTopology(t);
    }

    @Test
    void theEavesdropperReadsClearTextOnlyWithoutHttps() {
        Topology plain = Stages.DISTRIBUTED.topology();
        Topology secured = Stages.SECURED.topology();
        List<SimEvent.Eavesdropped> seen = new ArrayList<>();
        Simulation a = new Simulation(plain, realistic(plain), 3);
        a.addListener(e -> {
            if (e instanceof SimEvent.Eavesdropped ev) {
                seen.add(ev);
            }
        });
        a.startTraffic(200);
        a.runToCompletion();
        assertThat(a.securityCounts().plaintextSeen()).isEqualTo(200);
        assertThat(a.securityCounts().ciphertextSeen()).isZero();
        assertThat(seen).isNotEmpty().allMatch(SimEvent.Eavesdropped::readable).allMatch(e -> e.text().contains("password="));

        Simulation b = run(secured, realistic(secured), 200);
        assertThat(b.securityCounts().plaintextSeen()).isZero();
        assertThat(b.securityCounts().ciphertextSeen()).isEqualTo(200);
    }

    @Test
    void theAttackerGetsInOnlyWithoutFirewallsAndLegitimateTrafficStillFlows() {
        Topology plain = Stages.DISTRIBUTED.topology();
        SimulationSettings open = realistic(plain).withSecurity(realistic(plain).security().withAttacker(true));
        Simulation a = run(plain, open, 500);
        // 3 servers x SSH + 2 MySQL, once a second for ~5 s.
        assertThat(a.securityCounts().attacksSucceeded()).isGreaterThanOrEqualTo(5 * 5);
        assertThat(a.securityCounts().attacksBlocked()).isZero();

        Topology secured = Stages.SECURED.topology();
        SimulationSettings fw = realistic(secured).withSecurity(realistic(secured).security().withAttacker(true));
        Simulation b = run(secured, fw, 500);
        assertThat(b.securityCounts().attacksSucceeded()).isZero();
        assertThat(b.securityCounts().attacksBlocked()).isGreaterThanOrEqualTo(5 * 5);
        assertThat(b.requestsSent()).isEqualTo(500);
    }

    @Test
    void firewallsLetEveryIntendedConnectionThrough() {
        Topology secured = Stages.SECURED.topology();
        List<RequestResult> results = new ArrayList<>();
        Simulation sim = new Simulation(secured, realistic(secured), 3);
        sim.addListener(e -> {
            if (e instanceof SimEvent.RequestCompleted rc) {
                results.add(rc.result());
            }
        });
        sim.startTraffic(300);
        sim.runToCompletion();
        assertThat(results).hasSize(300).allMatch(r -> r.outcome().succeeded());
        assertThat(results.stream().map(RequestResult::backend).distinct()).containsExactlyInAnyOrder("web-01", "web-02");
        assertThat(sim.databases().node("web-02.mysql").applied()).as("replication passes the firewall")
                .isEqualTo(sim.databases().writer().committed());
    }

    @Test
    void aKilledFirewallStopsFiltering() {
        Topology secured = Stages.SECURED.topology();
        SimulationSettings fw = realistic(secured).withSecurity(realistic(secured).security().withAttacker(true));
        Simulation sim = run(secured, fw, 300, "0:kill:web-02.firewall");
        assertThat(sim.securityCounts().attacksSucceeded()).as("SSH and MySQL of web-02, once a second")
                .isGreaterThanOrEqualTo(2 * 3);
        assertThat(sim.securityCounts().attacksBlocked()).as("lb-01 and web-01 still filter").isGreaterThan(0);
    }

    @Test
    void alertsFireOnlyWithMonitoringWithinTheDetectionDelay() {
        Topology secured = Stages.SECURED.topology();
        SimulationSettings s = realistic(secured);
        long delay = s.security().alertDelayMicros();
        long requests = (delay / MS / 100) + 150;
        Simulation watched = run(secured, s, requests, "2000:kill:web-02.nginx");
        assertThat(watched.alerts()).isNotEmpty();
        SimEvent.Alert first = watched.alerts().get(0);
        assertThat(first.text()).contains("web-02.nginx is down");
        assertThat(first.timeUs()).isEqualTo(2000 * MS + delay);

        Topology plain = Stages.DISTRIBUTED.topology();
        Simulation unwatched = run(plain, realistic(plain), requests, "2000:kill:web-02.nginx");
        assertThat(unwatched.alerts()).as("no monitoring: nobody is told").isEmpty();
        assertThat(unwatched.downSince("web-02.nginx")).isEqualTo(2000 * MS);
        assertThat(unwatched.monitored()).isFalse();
    }

    @Test
    void aDeadHostIsReportedAsSilentAndAnErrorRateRaisesAnAlert() {
        Topology secured = Stages.SECURED.topology();
        SimulationSettings s = realistic(secured);
        long delay = s.security().alertDelayMicros();
        long requests = (delay / MS / 100) + 150;
        Simulation sim = run(secured, s, requests, "1000:kill:web-01.mysql", "2000:kill:web-02");
        assertThat(sim.alerts()).extracting(SimEvent.Alert::text)
                .anyMatch(t -> t.startsWith("web-02 stopped reporting"))
                .anyMatch(t -> t.startsWith("web-01.mysql is down"));
        assertThat(sim.alerts()).extracting(SimEvent.Alert::text).anyMatch(t -> t.startsWith("error rate"));
    }

    @Test
    void withoutItsAgentAComponentDiesUnnoticed() {
        Topology secured = Stages.SECURED.topology();
        SimulationSettings s = realistic(secured);
        long requests = (s.security().alertDelayMicros() / MS / 100) + 150;
        Simulation sim = run(secured, s, requests, "500:kill:web-02.agent", "2000:kill:web-02.app");
        assertThat(sim.alerts()).extracting(SimEvent.Alert::text).noneMatch(t -> t.startsWith("web-02.app"));
    }

    @Test
    void everyStageBuildsAndServes() {
        for (Stages stage : Stages.values()) {
            Topology t = stage.topology();
            Simulation sim = run(t, Preset.REALISTIC.settings().forTopology(t), 100);
            assertThat(sim.requestsSent()).as(stage.code()).isEqualTo(100);
            assertThat(sim.trafficDone()).isTrue();
        }
    }
}
