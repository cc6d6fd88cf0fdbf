package io.infraviz.ui.design;

import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Design;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.Test;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JLabel;

import static org.assertj.core.api.Assertions.assertThat;

/** Coming back to design mode says what is on the canvas, not whatever the last visit said last. */
class DesignGreetingTest {
    @Test
    void greetingReplacesTheLastVisitsMessage() {
        DesignPane pane = new DesignPane(new DesignEditor(DiagramTheme.LIGHT), new DesignPane.Window() {
            @Override
            public Topology live() {
                return Stages.DISTRIBUTED.topology();
            }

            @Override
            public void run(Topology design) {
            }

            @Override
            public void leave() {
            }

            @Override
            public boolean mayDiscard(String before) {
                return true;
            }
        });
        pane.editor().load(Design.of(Stages.DISTRIBUTED.topology()));
        pane.tell("Saved old.json");
        pane.greet();
        assertThat(status(pane).getText()).startsWith("Drawing ").contains("drag from the middle of a part")
                .doesNotContain("Saved");
    }

    private static JLabel status(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel l && "designStatus".equals(l.getName())) {
                return l;
            }
            if (child instanceof Container k) {
                JLabel found = status(k);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
