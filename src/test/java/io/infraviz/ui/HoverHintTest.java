package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Runs;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Hovering a part says what a click on it will do. */
class HoverHintTest {

    @Test
    void theHintSaysWhatAClickDoesForEachKindOfPart() {
        Simulation sim = Runs.run(Stages.DISTRIBUTED.topology(), Runs.realistic(), 30,
                "500:kill:web-02.nginx", "500:cut:web-01.mysql->web-02.mysql", "500:kill:lb-01");
        assertThat(DiagramController.clickWords(sim, "web-01.nginx")).isEqualTo("click to kill it");
        assertThat(DiagramController.clickWords(sim, "web-02.nginx")).isEqualTo("click to revive it");
        assertThat(DiagramController.clickWords(sim, "lb-01.haproxy")).isEqualTo("click to revive its host lb-01");
        assertThat(DiagramController.clickWords(sim, "web-01")).isEqualTo("click to kill the whole host");
        assertThat(DiagramController.clickWords(sim, "web-01.mysql->web-02.mysql")).isEqualTo("click to heal it");
        assertThat(DiagramController.clickWords(sim, "web-01.nginx->web-01.app")).isEqualTo("click to cut it");
        assertThat(DiagramController.hint(sim, "web-02.nginx")).startsWith("<html><b>web-02.nginx</b> — click to revive it");
    }

    @Test
    void theGraphAddsNoTooltipOfItsOwnThatWouldHideTheHint() {
        Diagram d = new Diagram(Stages.DISTRIBUTED.topology(), DiagramTheme.LIGHT);
        assertThat(d.graph().getToolTipForCell(d.cellOf("web-01.nginx"))).isNull();
    }
}
