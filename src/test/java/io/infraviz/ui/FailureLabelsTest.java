package io.infraviz.ui;

import com.mxgraph.view.mxCellState;
import com.mxgraph.view.mxGraphView;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Runs;
import io.infraviz.model.Component;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Failure labels: placed off other boxes, and fully readable while paused. */
class FailureLabelsTest {

    private static Rectangle2D box(mxGraphView v, Object cell) {
        mxCellState s = v.getState(cell);
        return new Rectangle2D.Double(s.getX(), s.getY(), s.getWidth(), s.getHeight());
    }

    @Test
    void aFailureLabelCoversNoOtherPartOrServer() {
        for (Stages stage : new Stages[] {Stages.DISTRIBUTED, Stages.SECURED, Stages.SCALED}) {
            Diagram d = new Diagram(stage.topology(), DiagramTheme.LIGHT);
            mxGraphView v = d.graph().getView();
            List<Rectangle2D> boxes = new ArrayList<>();
            d.topology().components().forEach(c -> boxes.add(box(v, d.cellOf(c.id()))));
            d.topology().hosts().forEach(h -> boxes.add(box(v, d.cellOf(h.id()))));
            List<Rectangle2D> titles = new ArrayList<>();
            d.topology().hosts().forEach(h -> {
                Rectangle2D b = box(v, d.cellOf(h.id()));
                titles.add(new Rectangle2D.Double(b.getX(), b.getY(), b.getWidth(), io.infraviz.diagram.DiagramLayout.TITLE));
            });
            List<Rectangle2D> obstacles = new ArrayList<>(boxes);
            obstacles.addAll(titles);
            com.mxgraph.util.mxRectangle area = d.graph().getGraphBounds();
            Rectangle2D visible = new Rectangle2D.Double(area.getX() - 20, area.getY() - 20, area.getWidth() + 40,
                    area.getHeight() + 40);
            for (Component c : d.topology().components()) {
                // One placer per part: each label alone must find room.
                LabelPlacer placer = new LabelPlacer(obstacles, visible);
                Rectangle2D part = box(v, d.cellOf(c.id()));
                List<Rectangle2D> own = new ArrayList<>(List.of(part));
                if (c.onHost()) {
                    own.add(box(v, d.cellOf(c.hostId())));
                }
                // As wide as "502 · Nginx: connection refused" at 12 px.
                Rectangle2D spot = placer.place(part, own, 230, 17);
                assertThat(spot).as(stage + " " + c.id() + ": a spot").isNotNull();
                for (Rectangle2D t : titles) {
                    assertThat(t.intersects(spot)).as(stage + " " + c.id() + "'s label over a server's title").isFalse();
                }
                for (Rectangle2D b : boxes) {
                    if (!own.contains(b)) {
                        assertThat(b.intersects(spot)).as(stage + " " + c.id() + "'s label over " + b).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void labelsPlacedTogetherDoNotCoverEachOther() {
        Rectangle2D part = new Rectangle2D.Double(100, 100, 116, 80);
        LabelPlacer placer = new LabelPlacer(List.of(), new Rectangle2D.Double(0, 0, 1000, 1000));
        Rectangle2D a = placer.place(part, List.of(part), 200, 17);
        Rectangle2D b = placer.place(part, List.of(part), 200, 17);
        assertThat(a.intersects(b)).isFalse();
    }

    @Test
    void pausedLabelsStayFullyOpaqueAndFadeOnlyWhileTheSimulationMoves() {
        Simulation sim = new Simulation(Stages.DISTRIBUTED.topology(), Runs.realistic(), 7);
        List<SimEvent> events = new ArrayList<>();
        sim.addListener(events::add);
        sim.schedule(ScheduledFault.parse("0:kill:lb-01.haproxy"));
        sim.startTraffic(5);
        sim.runToCompletion();
        TrafficLayer traffic = new TrafficLayer(new Diagram(sim.topology(), DiagramTheme.LIGHT));
        long[] wall = {0};
        traffic.setWallClock(() -> wall[0]);

        traffic.frame(sim, events, false);
        assertThat(traffic.failureTexts()).isNotEmpty();
        wall[0] += 60_000_000_000L;
        traffic.frame(sim, List.of(), false);
        assertThat(traffic.failureTexts()).as("a minute paused: the labels are still there").isNotEmpty();
        assertThat(traffic.opacity(0.9f)).as("and drawn fully").isEqualTo(1f);

        sim.runUntil(sim.now() + 1_000_000);
        wall[0] += 1_000_000_000L;
        traffic.frame(sim, List.of(), false);
        assertThat(traffic.opacity(0.9f)).as("playing: they fade").isLessThan(1f);
        sim.runUntil(sim.now() + 1_000_000);
        wall[0] += 4_000_000_000L;
        traffic.frame(sim, List.of(), false);
        assertThat(traffic.failureTexts()).as("and go after 3 s of play").isEmpty();
    }
}
