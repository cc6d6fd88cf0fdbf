package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Runs;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagram is drawn once into a cache; a change to some cells (a label, a colour) draws only
 * their region again. What that shows must be exactly what a full redraw shows.
 */
class DiagramCacheTest {
    private static final int W = 1235;
    private static final int H = 600;

    @Test
    void redrawingOnlyTheChangedCellsShowsWhatAFullRedrawShows() {
        for (DiagramTheme theme : DiagramTheme.both()) {
            Simulation healthy = Runs.run(Stages.DISTRIBUTED.topology(), Runs.realistic(), 40);
            Simulation broken = Runs.run(Stages.DISTRIBUTED.topology(), Runs.realistic(), 40, "1000:kill:web-02.nginx");
            Diagram diagram = new Diagram(healthy.topology(), theme);
            diagram.show(DiagramState.of(healthy));
            DiagramView view = new DiagramView(diagram, new TrafficLayer(diagram));
            view.control().setSize(W, H);
            BufferedImage before = paint(view);

            diagram.show(DiagramState.of(broken));
            Rectangle stale = view.control().staleRegion();
            assertThat(stale).as("a region to draw again, not the whole diagram").isNotNull();
            assertThat((long) stale.width * stale.height).as("smaller than the diagram").isLessThan((long) W * H / 2);
            BufferedImage partial = paint(view);

            view.control().dropCache();
            BufferedImage full = paint(view);

            String which = theme == DiagramTheme.DARK ? "dark" : "light";
            assertThat(differing(partial, before)).as("the change shows (" + which + ")").isGreaterThan(100);
            assertThat(differing(partial, full)).as("pixels where the partial redraw differs from a full one (" + which + ")")
                    .isZero();
        }
    }

    @Test
    void aChangeWithoutARegionRedrawsEverything() {
        Simulation sim = Runs.run(Stages.DISTRIBUTED.topology(), Runs.realistic(), 10);
        Diagram diagram = new Diagram(sim.topology(), DiagramTheme.LIGHT);
        diagram.show(DiagramState.of(sim));
        DiagramView view = new DiagramView(diagram, new TrafficLayer(diagram));
        view.control().setSize(W, H);
        paint(view);
        diagram.setTheme(DiagramTheme.DARK);
        assertThat(view.control().staleRegion()).as("a theme change drops the whole cache").isNull();
        BufferedImage dark = paint(view);
        assertThat(dark.getRGB(2, 2) & 0xFFFFFF).isEqualTo(DiagramTheme.DARK.canvas().getRGB() & 0xFFFFFF);
    }

    private static BufferedImage paint(DiagramView view) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        view.control().paintComponent(g);
        g.dispose();
        return img;
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
