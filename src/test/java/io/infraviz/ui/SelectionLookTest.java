package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Runs;
import io.infraviz.sim.Simulation;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** A selected link must not look like a cut one (dashed, red). */
class SelectionLookTest {
    private static final String REPLICATION = "web-01.mysql->web-02.mysql";

    @Test
    void theSelectionIsASolidAccentBandNeverDashedOrRed() {
        for (DiagramTheme theme : DiagramTheme.both()) {
            assertThat(SelectionHalo.linkStroke(1).getDashArray()).isNull();
            assertThat(SelectionHalo.boxStroke(1).getDashArray()).isNull();
            assertThat(SelectionHalo.linkStroke(1).getLineWidth()).as("wider than any link").isGreaterThan(4);
            Color band = SelectionHalo.linkColour(theme);
            assertThat(new Color(band.getRGB() & 0xFFFFFF)).isEqualTo(theme.accent())
                    .isNotEqualTo(theme.down()).isNotEqualTo(DiagramTheme.FAILURE);
        }
    }

    @Test
    void jgraphxDrawsNoDashedOrRedHandlesForASelectedCutLink() {
        Simulation sim = Runs.splitBrain();
        Diagram diagram = new Diagram(sim.topology(), DiagramTheme.LIGHT);
        diagram.show(DiagramState.of(sim));
        DiagramView view = new DiagramView(diagram, new TrafficLayer(diagram));
        view.setSize(1600, 900);
        diagram.graph().setSelectionCell(diagram.edgeOf(REPLICATION));

        BufferedImage handles = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = handles.createGraphics();
        view.getSelectionCellsHandler().paintHandles(g);
        g.dispose();
        assertThat(painted(handles, c -> true)).as("pixels painted by JGraphX's selection handles").isZero();

        BufferedImage halo = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_ARGB);
        g = halo.createGraphics();
        SelectionHalo.paint(g, diagram);
        g.dispose();
        Color accent = DiagramTheme.LIGHT.accent();
        // (translucent: a channel may be off by one after the alpha rounding)
        assertThat(painted(halo, c -> Math.abs(c.getRed() - accent.getRed()) + Math.abs(c.getGreen() - accent.getGreen())
                + Math.abs(c.getBlue() - accent.getBlue()) <= 3)).as("the accent band along the link").isGreaterThan(100);
        assertThat(painted(halo, c -> c.getRed() > 150 && c.getGreen() < 80 && c.getBlue() < 80)).as("red").isZero();
    }

    private static int painted(BufferedImage img, java.util.function.Predicate<Color> which) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = img.getRGB(x, y);
                if ((argb >>> 24) != 0 && which.test(new Color(argb & 0xFFFFFF))) {
                    n++;
                }
            }
        }
        return n;
    }
}
