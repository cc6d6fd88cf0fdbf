package io.infraviz.ui;

import io.infraviz.analysis.LiveMetrics;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.engine.SimTime;
import io.infraviz.model.Outcome;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;
import javax.swing.JPanel;

/**
 * Live charts (XChart) over the last minute of simulated time: requests per server, outcomes,
 * latency and replication lag. Redrawn once per simulated second, one chart a frame. Everything shown comes from
 * the driver's current {@link LiveMetrics}, which the driver replaces when the run is rebuilt
 * (reset, seek, another stage), so a chart never mixes two runs.
 */
public final class ChartsPanel extends JPanel implements SimulationDriver.FrameListener {
    static final int WINDOW_SECONDS = 60;

    private final SimulationDriver driver;
    private final List<XChartPanel<XYChart>> panels = new ArrayList<>();
    private final XYChart perServer = ChartLook.chart("Requests per server", "req/s", "#,##0.#");
    private final XYChart outcomes = ChartLook.chart("Outcomes", "req/s", "#,##0.#");
    private final XYChart latency = ChartLook.chart("Latency", "ms", "#,##0");
    private final XYChart lag = ChartLook.chart("Replication lag", "s", "0.0");
    private final Map<XYSeries, ChartLook.SeriesLook> looks = new IdentityHashMap<>();
    private long lastRefreshSecond = -1;
    /** The next chart to repaint after a refresh: one a frame, so no frame pays for all four. */
    private int nextRepaint = Integer.MAX_VALUE;
    private DiagramTheme theme = DiagramTheme.LIGHT;

    public ChartsPanel(SimulationDriver driver, DiagramTheme theme) {
        super(new GridLayout(1, 4, 6, 0));
        this.driver = driver;
        for (XYChart c : charts()) {
            XChartPanel<XYChart> p = new XChartPanel<>(c);
            ChartLook.quiet(p);
            p.getAccessibleContext().setAccessibleName(c.getTitle() + " (" + c.getYAxisTitle() + ")");
            panels.add(p);
            add(p);
        }
        applyTheme(theme);
    }

    List<XYChart> charts() {
        return List.of(perServer, outcomes, latency, lag);
    }

    public void applyTheme(DiagramTheme t) {
        this.theme = t;
        for (XYChart c : charts()) {
            ChartLook.applyTheme(c, t);
        }
        looks.forEach((series, look) -> series.setLineColor(look.colour(t)));
        panels.forEach(JPanel::repaint);
    }

    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        long second = SimTime.wholeSeconds(sim.now());
        if (rebuilt) {
            // Another run (or topology): its servers may be others.
            for (XYChart c : charts()) {
                for (String name : new ArrayList<>(c.getSeriesMap().keySet())) {
                    looks.remove(c.removeSeries(name));
                }
            }
        }
        if (nextRepaint < panels.size()) {
            panels.get(nextRepaint++).repaint();
        }
        LiveMetrics m = driver.metrics();
        // Lag is state, not an event: look at it every frame (the metrics may sample it too).
        m.recordLag(second, LiveMetrics.worstLagSeconds(sim));
        // The charts show complete seconds: redraw when a new one completes (or the run changed).
        if (!rebuilt && second == lastRefreshSecond) {
            return;
        }
        lastRefreshSecond = second;
        refresh(m, second);
    }

    private void refresh(LiveMetrics m, long now) {
        // The current second is still filling: show the complete ones.
        long to = Math.max(0, now - 1);
        long from = Math.max(0, to - WINDOW_SECONDS + 1);
        double[] x = new double[(int) (to - from + 1)];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + i;
        }
        // A steady minute-wide axis: it fills from the left, then scrolls, and its ticks stay put.
        for (XYChart c : charts()) {
            c.getStyler().setXAxisMin((double) from);
            c.getStyler().setXAxisMax((double) Math.max(from + WINDOW_SECONDS - 1, to));
        }
        int index = 0;
        for (String b : m.backends()) {
            series(perServer, b, x, s -> m.backendCount(b, s), ChartLook.server(index++));
        }
        if (index == 0) {
            // No load balancer: the one server takes everything.
            series(perServer, "the server", x, s -> {
                long n = 0;
                for (Outcome o : Outcome.values()) {
                    n += m.outcomeCount(o, s);
                }
                return n;
            }, ChartLook.READ);
        }
        series(outcomes, "200 OK", x, s -> m.outcomeCount(Outcome.FRESH, s), ChartLook.READ);
        series(outcomes, "stale", x, s -> m.outcomeCount(Outcome.STALE, s) - m.ownWriteStaleCount(s), ChartLook.STALE);
        series(outcomes, "own write", x, m::ownWriteStaleCount, ChartLook.OWN_WRITE_STALE);
        series(outcomes, "failed", x, s -> {
            long n = 0;
            for (Outcome o : Outcome.values()) {
                n += o.succeeded() ? 0 : m.outcomeCount(o, s);
            }
            return n;
        }, ChartLook.FAILED);
        series(latency, "p50", x, s -> SimTime.toMs(Math.max(0, m.latencyPercentile(s, 50))), ChartLook.READ);
        series(latency, "p95", x, s -> SimTime.toMs(Math.max(0, m.latencyPercentile(s, 95))), ChartLook.SLOW);
        // Seconds nobody sampled (the replayed past after a seek) stay a gap, not a made-up zero.
        series(lag, "Replica", x, m::lagSeconds, ChartLook.REPLICATION);
        // Four charts cost a frame's budget together: draw them in the next four frames.
        nextRepaint = 0;
    }

    private void series(XYChart chart, String name, double[] x, LongToDoubleFunction y, ChartLook.SeriesLook look) {
        double[] xs = x.length == 0 ? new double[] {0} : x;
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            ys[i] = x.length == 0 ? 0 : y.applyAsDouble((long) xs[i]);
        }
        if (chart.getSeriesMap().containsKey(name)) {
            chart.updateXYSeries(name, xs, ys, null);
        } else {
            XYSeries s = chart.addSeries(name, xs, ys);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineStyle(look.stroke());
            s.setLineColor(look.colour(theme));
            looks.put(s, look);
        }
    }
}
