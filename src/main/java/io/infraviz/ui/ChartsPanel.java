package io.infraviz.ui;

import io.infraviz.analysis.LiveMetrics;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Outcome;
import io.infraviz.sim.SimEvent;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.swing.JPanel;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/**
 * Live charts (XChart) over the last minute of simulated time: requests per server, outcomes,
 * latency and replication lag. Redrawn once per simulated second.
 */
public final class ChartsPanel extends JPanel implements SimulationDriver.FrameListener {
    static final int WINDOW_SECONDS = 60;

    private final SimulationDriver driver;
    private final List<XChartPanel<XYChart>> panels = new ArrayList<>();
    private final XYChart perServer = chart("Requests per server (/s)");
    private final XYChart outcomes = chart("Outcomes (/s)");
    private final XYChart latency = chart("Latency (ms)");
    private final XYChart lag = chart("Replication lag (s)");
    private final double[] lagSamples = new double[LiveMetrics.SECONDS];
    private final long[] lagSecond = new long[LiveMetrics.SECONDS];
    private long lastRefreshSecond = -1;
    private DiagramTheme theme = DiagramTheme.LIGHT;

    public ChartsPanel(SimulationDriver driver) {
        super(new GridLayout(1, 4, 6, 0));
        this.driver = driver;
        for (XYChart c : List.of(perServer, outcomes, latency, lag)) {
            XChartPanel<XYChart> p = new XChartPanel<>(c);
            p.getAccessibleContext().setAccessibleName(c.getTitle());
            panels.add(p);
            add(p);
        }
        applyTheme(theme);
    }

    private static XYChart chart(String title) {
        XYChart c = new XYChartBuilder().width(320).height(170).title(title).build();
        XYStyler s = c.getStyler();
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setLegendFont(new Font("DejaVu Sans", Font.PLAIN, 10));
        s.setChartTitleFont(new Font("DejaVu Sans", Font.BOLD, 12));
        s.setAxisTickLabelsFont(new Font("DejaVu Sans", Font.PLAIN, 10));
        s.setChartPadding(4);
        s.setToolTipsEnabled(false);
        c.getStyler().setXAxisDecimalPattern("0");
        return c;
    }

    public void applyTheme(DiagramTheme t) {
        this.theme = t;
        Color bg = t.canvasColor();
        Color fg = t.textColor();
        for (XYChart c : List.of(perServer, outcomes, latency, lag)) {
            c.getStyler().setChartBackgroundColor(bg);
            c.getStyler().setPlotBackgroundColor(bg);
            c.getStyler().setLegendBackgroundColor(bg);
            c.getStyler().setChartFontColor(fg);
            c.getStyler().setAxisTickLabelsColor(fg);
            c.getStyler().setPlotBorderColor(Color.decode(t.edge));
            c.getStyler().setPlotGridLinesColor(t.dark() ? new Color(0x334155) : new Color(0xE2E8F0));
            c.getStyler().setLegendBorderColor(bg);
        }
        panels.forEach(JPanel::repaint);
    }

    @Override
    public void frame(Simulation sim, List<SimEvent> events, boolean rebuilt) {
        long second = sim.now() / 1_000_000;
        if (rebuilt) {
            // Another run (or topology): its servers may be others.
            for (String name : new ArrayList<>(perServer.getSeriesMap().keySet())) {
                perServer.removeSeries(name);
            }
        }
        sampleLag(sim, second);
        // The charts show complete seconds: redraw when a new one completes (or the run changed).
        if (!rebuilt && second == lastRefreshSecond) {
            return;
        }
        lastRefreshSecond = second;
        refresh(driver.metrics(), second);
    }

    private void sampleLag(Simulation sim, long second) {
        int slot = (int) (second % lagSamples.length);
        double worst = 0;
        for (DatabaseNode n : sim.databases().nodes()) {
            if (n.role() == DbRole.REPLICA) {
                worst = Math.max(worst, sim.databases().lagMicros(n, sim.now()) / 1e6);
            }
        }
        if (lagSecond[slot] != second) {
            lagSecond[slot] = second;
            lagSamples[slot] = worst;
        } else {
            lagSamples[slot] = Math.max(lagSamples[slot], worst);
        }
    }

    private void refresh(LiveMetrics m, long now) {
        // The current second is still filling: show the complete ones.
        long to = Math.max(0, now - 1);
        long from = Math.max(0, to - WINDOW_SECONDS + 1);
        double[] x = new double[(int) (to - from + 1)];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + i;
        }
        boolean any = false;
        for (String b : m.backends()) {
            series(perServer, b, x, s -> m.backendCount(b, s), null);
            any = true;
        }
        if (!any) {
            // No load balancer: the one server takes everything.
            series(perServer, "the server", x, s -> {
                long n = 0;
                for (Outcome o : Outcome.values()) {
                    n += m.outcomeCount(o, s);
                }
                return n;
            }, DiagramTheme.READ);
        }
        series(outcomes, "200 OK", x, s -> m.outcomeCount(Outcome.FRESH, s), DiagramTheme.READ);
        series(outcomes, "stale", x, s -> m.outcomeCount(Outcome.STALE, s), DiagramTheme.STALE);
        series(outcomes, "failed", x, s -> {
            long n = 0;
            for (Outcome o : Outcome.values()) {
                n += o.succeeded() ? 0 : m.outcomeCount(o, s);
            }
            return n;
        }, DiagramTheme.FAILURE);
        series(latency, "p50", x, s -> Math.max(0, m.latencyPercentile(s, 50)) / 1000.0, DiagramTheme.READ);
        series(latency, "p95", x, s -> Math.max(0, m.latencyPercentile(s, 95)) / 1000.0, DiagramTheme.WRITE);
        series(lag, "Replica", x, s -> lagSecond[(int) (s % lagSamples.length)] == s ? lagSamples[(int) (s % lagSamples.length)] : 0,
                DiagramTheme.REPLICATION);
        panels.forEach(JPanel::repaint);
    }

    private static void series(XYChart chart, String name, double[] x, LongToDoubleFunction y, Color color) {
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
            if (color != null) {
                s.setLineColor(color);
            }
        }
    }
}
