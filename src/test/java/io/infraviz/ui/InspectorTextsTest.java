package io.infraviz.ui;

import io.infraviz.diagram.Runs;
import io.infraviz.model.LinkPurpose;
import io.infraviz.sim.Simulation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspector's words for links, hosts and databases whose role changed. */
class InspectorTextsTest {
    private static final String REPLICATION = "web-01.mysql->web-02.mysql";

    @Test
    void aLinkSaysWhatItCarriesItsStateAndWhatCuttingDoes() {
        Simulation sim = Runs.splitBrain();
        InspectorTexts cut = InspectorTexts.of(sim, REPLICATION);
        assertThat(cut.title()).contains("web-01.mysql").contains("web-02.mysql").doesNotContain("Host");
        assertThat(cut.state()).contains("CUT").contains("heal").doesNotContain("Host is");
        assertThat(cut.explanation()).contains("binary log").contains("Cut it").doesNotContain("A server (machine)");

        InspectorTexts up = InspectorTexts.of(sim, "users->lb-01.haproxy");
        assertThat(up.state()).contains("up").contains("cut it");
        assertThat(up.explanation()).contains("HTTP requests");
    }

    @Test
    void everyLinkPurposeHasItsOwnExplanation() {
        assertThat(java.util.Arrays.stream(LinkPurpose.values())
                .map(io.infraviz.scenario.Explanations::ofLink).distinct()).hasSize(LinkPurpose.values().length);
    }

    @Test
    void theTitleFollowsTheRoleAfterAPromotionAndAReseed() {
        Simulation sim = Runs.splitBrain("9000:reseed:web-01.mysql");
        InspectorTexts old = InspectorTexts.of(sim, "web-01.mysql");
        assertThat(old.title()).startsWith("MySQL Replica").doesNotContain("Primary");
        assertThat(old.state()).contains("Role: Replica");
        assertThat(InspectorTexts.of(sim, "web-02.mysql").title()).startsWith("MySQL Primary");
    }

    @Test
    void aSplitBrainIsSaidInTheInspector() {
        Simulation sim = Runs.splitBrain();
        InspectorTexts old = InspectorTexts.of(sim, "web-01.mysql");
        assertThat(old.title()).startsWith("MySQL old Primary");
        assertThat(old.state()).contains("SPLIT BRAIN").contains(sim.databases().lostWrites() + " writes only here");
    }

    @Test
    void aDeadPrimaryReadsDownAndItsReplicaConnectingWithAnUnknownLag() {
        Simulation sim = Runs.run(io.infraviz.scenario.Stages.DISTRIBUTED.topology(), Runs.realistic(), 50,
                "100:kill:web-01.mysql");
        assertThat(InspectorTexts.of(sim, "web-01.mysql").title()).startsWith("MySQL Primary (down)");
        InspectorTexts replica = InspectorTexts.of(sim, "web-02.mysql");
        assertThat(replica.state()).contains("Role: Replica (read_only on: refuses writes)")
                .contains("I/O thread: connecting, trying again every 60 s (MASTER_CONNECT_RETRY)")
                .contains("Seconds_Behind_Master: NULL");
        assertThat(InspectorTexts.of(sim, REPLICATION).state()).contains("(Seconds_Behind_Master: NULL)");
    }

    @Test
    void aReplicaCountsTheReadBacksThatMissedTheirWrite() {
        Simulation sim = Runs.run(io.infraviz.scenario.Stages.DISTRIBUTED.topology(), Runs.realistic(), 300);
        long missed = sim.counters().component("web-02.mysql").ownWriteStale();
        assertThat(missed).isPositive();
        assertThat(InspectorTexts.of(sim, "web-02.mysql").state())
                .contains("Read-backs here that missed their own write: " + missed)
                .contains("I/O thread: connected").contains("Seconds_Behind_Master: 0 s");
    }

    @Test
    void aHostStillReadsAsAHost() {
        Simulation sim = Runs.splitBrain();
        assertThat(InspectorTexts.of(sim, "web-01").state()).isEqualTo("Host is up.");
    }
}
