package io.infraviz.ui;

import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.Fault;
import io.infraviz.sim.fault.FaultAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a click and the right-click menu offer, decided without any window. */
class FaultChoicesTest {
    private final Simulation sim = new Simulation(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);

    @Test
    void aClickKillsWhatRunsAndRevivesWhatIsDown() {
        assertThat(FaultChoices.primary(sim, "web-02.nginx")).isEqualTo(new Fault(FaultAction.KILL, "web-02.nginx"));
        sim.apply(new Fault(FaultAction.KILL, "web-02.nginx"));
        assertThat(FaultChoices.primary(sim, "web-02.nginx")).isEqualTo(new Fault(FaultAction.REVIVE, "web-02.nginx"));
        sim.apply(new Fault(FaultAction.KILL, "web-01"));
        assertThat(FaultChoices.primary(sim, "web-01.app")).as("a part of a dead host revives the host")
                .isEqualTo(new Fault(FaultAction.REVIVE, "web-01"));
        sim.apply(new Fault(FaultAction.HANG, "dns"));
        assertThat(FaultChoices.primary(sim, "dns")).isEqualTo(new Fault(FaultAction.HEAL, "dns"));
    }

    @Test
    void aClickOnALinkCutsItAndAnotherHealsIt() {
        String link = "web-01.mysql->web-02.mysql";
        assertThat(FaultChoices.primary(sim, link)).isEqualTo(new Fault(FaultAction.CUT, link));
        sim.apply(new Fault(FaultAction.CUT, link));
        assertThat(FaultChoices.primary(sim, link)).isEqualTo(new Fault(FaultAction.HEAL, link));
    }

    @Test
    void theReplicaOffersPromotionAndTheHost() {
        assertThat(FaultChoices.all(sim, "web-02.mysql")).extracting(c -> c.fault().action())
                .containsExactly(FaultAction.KILL, FaultAction.HANG, FaultAction.ERROR, FaultAction.PROMOTE,
                        FaultAction.PROMOTE_SAFE, FaultAction.RESEED, FaultAction.KILL);
        assertThat(FaultChoices.all(sim, "web-01.mysql")).extracting(c -> c.fault().action())
                .doesNotContain(FaultAction.PROMOTE, FaultAction.RESEED);
        assertThat(FaultChoices.all(sim, "web-02.mysql").get(6).label()).contains("whole host").contains("web-02");
    }

    @Test
    void hoveringSaysWhatAClickWillDo() {
        assertThat(DiagramController.hint(sim, "lb-01.haproxy")).contains("running").contains("click to kill it");
    }

    @Test
    void failureMarksShowTheFirstClauseOfTheReason() {
        assertThat(TrafficLayer.shortReason("the Primary is down: MySQL error 2002, can't connect to the Primary"))
                .isEqualTo("the Primary is down");
        assertThat(TrafficLayer.shortReason("Nginx on web-02 refused the connection, 3 retries used"))
                .isEqualTo("Nginx on web-02 refused the connection");
    }

    /** Found by the monkey test: a menu left open across a stage change applied "hang" to a part that was gone. */
    @Test
    void aMenuLeftOpenAcrossAStageChangeDoesNothing() {
        SimulationDriver driver = new SimulationDriver(Stages.SCALED.topology(), Preset.CLASSROOM.settings(), 1);
        javax.swing.JPopupMenu menu = FaultMenu.build(driver, "vip");
        driver.load(Stages.ONE_SERVER.topology(), driver.settings());
        javax.swing.JMenuItem hang = java.util.Arrays.stream(menu.getComponents())
                .filter(c -> c instanceof javax.swing.JMenuItem i && i.getText().toLowerCase().contains("hang"))
                .map(c -> (javax.swing.JMenuItem) c).findFirst().orElseThrow();
        hang.doClick(0);
        assertThat(driver.moment().actions()).isEmpty();
    }
}
