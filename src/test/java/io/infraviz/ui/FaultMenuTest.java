package io.infraviz.ui;

import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import org.junit.jupiter.api.Test;

import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the right-click menu and of hovering, built without any window (the rules are FaultRulesTest's). */
class FaultMenuTest {
    private final Simulation sim = new Simulation(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);

    private static List<String> items(JPopupMenu menu) {
        return Arrays.stream(menu.getComponents()).filter(c -> c instanceof JMenuItem)
                .map(c -> ((JMenuItem) c).getText()).toList();
    }

    @Test
    void theMenuNamesEachActionAndTheWholeHost() {
        SimulationDriver driver = new SimulationDriver(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);
        assertThat(items(FaultMenu.build(driver, "web-02.mysql"))).containsExactly("web-02.mysql",
                "Kill web-02.mysql", "Hang web-02.mysql", "Make answer errors: web-02.mysql",
                "Promote now: web-02.mysql", "Promote safely (apply relay log first): web-02.mysql",
                "Re-seed from the Primary: web-02.mysql", "Point the app's writes here: web-02.mysql",
                "Kill web-02 (the whole host)");
        assertThat(items(FaultMenu.build(driver, "web-01.mysql->web-02.mysql")))
                .containsExactly("web-01.mysql->web-02.mysql", "Cut link web-01.mysql->web-02.mysql");
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
        JPopupMenu menu = FaultMenu.build(driver, "vip");
        driver.load(Stages.ONE_SERVER.topology(), driver.settings());
        JMenuItem hang = Arrays.stream(menu.getComponents())
                .filter(c -> c instanceof JMenuItem i && i.getText().toLowerCase().contains("hang"))
                .map(c -> (JMenuItem) c).findFirst().orElseThrow();
        hang.doClick(0);
        assertThat(driver.moment().actions()).isEmpty();
    }
}
