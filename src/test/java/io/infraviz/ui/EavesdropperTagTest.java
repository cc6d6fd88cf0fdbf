package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the eavesdropper read is a long line: on a laptop's narrow view it must stay inside, not run off the left edge. */
class EavesdropperTagTest {
    @Test
    void theTagStaysInsideTheVisibleArea() {
        Simulation sim = new Simulation(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1);
        Diagram diagram = new Diagram(sim.topology(), DiagramTheme.LIGHT);
        OverlayTags tags = new OverlayTags(diagram);
        tags.take(List.of(new SimEvent.Eavesdropped(1_000_000, "POST /login user=alice&password=alice2024", true)), 0);

        BufferedImage img = new BufferedImage(1200, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        // The view shows the diagram from x = 100 on (scrolled, or a narrow window's fit).
        Rectangle visible = new Rectangle(100, 0, 1100, 600);
        tags.paintEavesdropper(g, sim, 0, diagram.graph().getView(), 1, visible);
        g.dispose();

        int leftmost = -1;
        int rightmost = -1;
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                if ((img.getRGB(x, y) >>> 24) != 0) {
                    leftmost = leftmost < 0 ? x : leftmost;
                    rightmost = x;
                    break;
                }
            }
        }
        assertThat(leftmost).as("the tag is drawn").isGreaterThanOrEqualTo(0);
        assertThat(leftmost).as("its left end is inside the view, not cut off at the edge").isGreaterThan(visible.x);
        assertThat(rightmost).isLessThan(img.getWidth() - 1);
    }
}
