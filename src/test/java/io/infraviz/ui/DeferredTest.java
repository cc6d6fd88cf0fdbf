package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

import static org.assertj.core.api.Assertions.assertThat;

/** The side tabs and the charts come after the diagram's first frame, or at once when asked for sooner. */
class DeferredTest {
    @Test
    void aPartIsBuiltOnceWhenAskedForAndKeepsItsRoomUntilThen() {
        List<String> log = new ArrayList<>();
        Deferred<JLabel> part = new Deferred<>(() -> {
            log.add("built");
            return new JLabel("tabs");
        }, l -> log.add("wired " + l.getText()), new Dimension(360, 400));
        assertThat(part.getPreferredSize()).isEqualTo(new Dimension(360, 400));
        part.ifBuilt(l -> log.add("touched"));
        assertThat(part.built()).isFalse();
        assertThat(log).isEmpty();

        JLabel first = part.get();
        assertThat(part.get()).isSameAs(first);
        part.ifBuilt(l -> log.add("touched"));
        assertThat(log).containsExactly("built", "wired tabs", "touched");
        assertThat(part.getComponents()).containsExactly(first);
    }

    @Test
    void thePartsAreBuiltAfterTheDiagramsFirstPaintOneATurn() throws Exception {
        Diagram diagram = new Diagram(Stages.DISTRIBUTED.topology(), DiagramTheme.LIGHT);
        DiagramView view = new DiagramView(diagram, new TrafficLayer(diagram));
        view.control().setSize(800, 400);
        List<String> order = new ArrayList<>();
        Deferred<JLabel> tabs = new Deferred<>(() -> new JLabel("tabs"), l -> order.add("tabs"), new Dimension(1, 1));
        Deferred<JLabel> charts = new Deferred<>(() -> new JLabel("charts"), l -> order.add("charts"), new Dimension(1, 1));
        SwingUtilities.invokeAndWait(() -> Deferred.buildAfterFirstPaint(view, List.of(tabs, charts), () -> order.add("then")));
        for (int i = 0; i < 5; i++) {
            SwingUtilities.invokeAndWait(() -> { });
        }
        assertThat(order).as("nothing before the first frame").isEmpty();

        SwingUtilities.invokeAndWait(() -> {
            BufferedImage img = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            view.control().paintComponent(g);
            g.dispose();
        });
        for (int i = 0; i < 5 && order.size() < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
        }
        assertThat(order).containsExactly("tabs", "charts", "then");
    }
}
