package io.infraviz.ui;

import com.mxgraph.view.mxCellState;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Runs;
import io.infraviz.model.Host;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The counters toggle draws the run's totals on the servers and databases, read from the simulation. */
class CountersOnDiagramTest {

    private static String text(List<CountersPainter.Part> parts) {
        return parts.stream().map(CountersPainter.Part::text).collect(Collectors.joining());
    }

    @Test
    void theTextsSayTheSimulationsCounts() {
        Simulation sim = Runs.run(Stages.DISTRIBUTED.topology(), Runs.realistic(), 60, "1000:hang:web-02.app");
        Host web02 = sim.topology().host("web-02").orElseThrow();
        String s = text(CountersPainter.serverText(sim.counters(), web02, true, Color.BLACK));
        assertThat(sim.counters().server("web-02").failed()).isPositive();
        assertThat(s).isEqualTo("✓ " + sim.counters().server("web-02").served() + " served   ✕ "
                + sim.counters().server("web-02").failed() + " failed");
        Simulation split = Runs.splitBrain();
        String db = text(CountersPainter.databaseText(split.counters(), "web-01.mysql", Color.BLACK));
        assertThat(db).isEqualTo("stale " + split.counters().component("web-01.mysql").staleReads() + " · lost "
                + split.counters().component("web-01.mysql").lostWrites());
        assertThat(split.counters().component("web-01.mysql").lostWrites()).isPositive();
    }

    @Test
    void theToggleDrawsAPillOnEachServersBottomEdge() {
        Simulation sim = Runs.run(Stages.DISTRIBUTED.topology(), Runs.realistic(), 30);
        Diagram d = new Diagram(sim.topology(), DiagramTheme.LIGHT);
        TrafficLayer traffic = new TrafficLayer(d);
        DiagramView view = new DiagramView(d, traffic);
        view.setSize(1200, 700);
        traffic.frame(sim, List.of(), false);
        BufferedImage off = paint(traffic, view);
        traffic.setShowCounters(true);
        BufferedImage on = paint(traffic, view);
        for (String host : List.of("web-01", "web-02")) {
            mxCellState st = d.graph().getView().getState(d.cellOf(host));
            int y = (int) (st.getY() + st.getHeight());
            int changed = 0;
            for (int x = (int) st.getX(); x < st.getX() + 120; x++) {
                for (int dy = -6; dy <= 6; dy++) {
                    if (on.getRGB(x, y + dy) != off.getRGB(x, y + dy)) {
                        changed++;
                    }
                }
            }
            assertThat(changed).as("pixels of %s's counters", host).isGreaterThan(100);
        }
    }

    private static BufferedImage paint(TrafficLayer traffic, DiagramView view) {
        BufferedImage img = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        traffic.paint(g, view);
        g.dispose();
        return img;
    }
}
