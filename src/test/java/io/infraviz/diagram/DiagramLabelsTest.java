package io.infraviz.diagram;

import io.infraviz.model.SimulationSettings;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the diagram's words say about a moment: the split brain, the Internet link's protocol. */
class DiagramLabelsTest {

    private static String label(Diagram d, String id) {
        return String.valueOf(d.graph().getModel().getValue(d.cellOf(id)));
    }

    private static String style(Diagram d, String id) {
        return d.graph().getModel().getStyle(d.cellOf(id));
    }

    @Test
    void aRevivedDivergedOldPrimarySaysSplitBrainWithItsWritesAndIsMarked() {
        Simulation sim = Runs.splitBrain();
        long lost = sim.databases().lostWrites();
        assertThat(lost).isPositive();
        Diagram d = new Diagram(sim.topology(), DiagramTheme.LIGHT);
        d.show(DiagramState.of(sim));

        assertThat(label(d, "web-01.mysql")).contains("SPLIT BRAIN");
        assertThat(d.splitBrainBadge("web-01.mysql"))
                .isEqualTo("old Primary — SPLIT BRAIN: diverged, " + lost + " writes only here");
        assertThat(style(d, "web-01.mysql")).as("marked by its outline, not only by colour").contains("splitBrain");
        assertThat(d.splitBrainBadge("web-02.mysql")).isNull();
        assertThat(label(d, "web-02.mysql")).contains("Primary").doesNotContain("SPLIT");
    }

    @Test
    void aReseedEndsTheSplitBrainOnTheDiagram() {
        Simulation sim = Runs.splitBrain("9000:reseed:web-01.mysql");
        Diagram d = new Diagram(sim.topology(), DiagramTheme.LIGHT);
        d.show(DiagramState.of(sim));

        assertThat(d.splitBrainBadge("web-01.mysql")).isNull();
        assertThat(label(d, "web-01.mysql")).contains("Replica").doesNotContain("SPLIT");
        assertThat(style(d, "web-01.mysql")).doesNotContain("splitBrain");
    }

    @Test
    void theReplicationLinkShowsTheTrueLagNextToWhatMysqlReportsAndTheIoThreadWhenItIsNotConnected() {
        String link = "web-01.mysql->web-02.mysql";
        Simulation running = Runs.run(Stages.DISTRIBUTED.topology(), Runs.realistic(), 50);
        Diagram d = new Diagram(running.topology(), DiagramTheme.LIGHT);
        d.show(DiagramState.of(running));
        assertThat(label(d, link)).endsWith("lag < 0.1 s\nMySQL says 0 s");

        Simulation dead = Runs.run(Stages.DISTRIBUTED.topology(), Runs.realistic(), 50, "100:kill:web-01.mysql");
        d.show(DiagramState.of(dead));
        assertThat(label(d, link)).endsWith("I/O connecting\nMySQL says NULL");
        assertThat(DatabaseRoles.of(dead, dead.databases().node("web-01.mysql"))).isEqualTo("Primary (down)");
        assertThat(DatabaseRoles.of(dead, dead.databases().node("web-02.mysql"))).isEqualTo("Replica");
    }

    @Test
    void theInternetLinkNamesTheProtocolTheSecuritySettingsUse() {
        for (boolean https : new boolean[] {true, false}) {
            SimulationSettings s = Runs.realistic();
            s = s.withSecurity(s.security().withHttps(https));
            Simulation sim = new Simulation(Stages.SCALED.topology(), s, 7);
            Diagram d = new Diagram(sim.topology(), DiagramTheme.LIGHT);
            d.show(DiagramState.of(sim));
            String internet = sim.topology().links().stream().filter(l -> l.from().equals("users")
                    && l.purpose() == io.infraviz.model.LinkPurpose.HTTP).findFirst().orElseThrow().id();
            assertThat(label(d, internet)).isEqualTo(https ? "Internet (HTTPS)" : "Internet (HTTP)");
        }
    }
}
