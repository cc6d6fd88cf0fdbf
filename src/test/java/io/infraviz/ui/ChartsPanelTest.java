package io.infraviz.ui;

import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.event.MouseListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The live charts without a window (XChart's panels still need a display): only the current run
 * after a reset or a seek, readable axes and legends, colours that stand out in both themes, and
 * none of XChart's own shortcuts.
 */
@Tag("gui")
class ChartsPanelTest {
    private static final long S = 1_000_000;
    private static final String REPLICATION_LINK = "web-01.mysql->web-02.mysql";

    @BeforeEach
    void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "XChartPanel asks the toolkit for its shortcut key");
    }

    /** A driver and its charts, played by a clock of 50 ms ticks at 1x. */
    private static final class Run {
        final SimulationDriver driver;
        final ChartsPanel charts;
        long clock;

        Run() {
            this(Preset.CLASSROOM.settings());
        }

        Run(io.infraviz.model.SimulationSettings settings) {
            driver = new SimulationDriver(Stages.DISTRIBUTED.topology(), settings, 1);
            charts = new ChartsPanel(driver, DiagramTheme.LIGHT);
            driver.addFrameListener(charts);
            driver.play();
            driver.tick(clock);
        }

        /** Plays again after a seek (which pauses), on the same clock. */
        void resume() {
            driver.play();
            driver.tick(clock);
        }

        void playFor(double seconds) {
            for (int i = 0; i < seconds * 20; i++) {
                clock += 50_000_000L;
                driver.tick(clock);
            }
        }

        /** Every series of every chart: its x and y values, by chart and series name. */
        Map<String, double[][]> data() {
            Map<String, double[][]> all = new LinkedHashMap<>();
            for (XYChart c : charts.charts()) {
                for (XYSeries s : c.getSeriesMap().values()) {
                    all.put(c.getTitle() + "/" + s.getName(), new double[][] {s.getXData(), s.getYData()});
                }
            }
            return all;
        }

        double[] lagAfter(long fromSecond) {
            XYSeries s = charts.charts().get(3).getSeriesMap().get("Replica");
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < s.getXData().length; i++) {
                if (s.getXData()[i] >= fromSecond) {
                    ys.add(s.getYData()[i]);
                }
            }
            return ys.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    @Test
    void afterAResetEveryChartShowsOnlyTheNewRun() {
        Run old = GuiActionRunner.execute(() -> new Run());
        GuiActionRunner.execute(() -> {
            old.playFor(8);
            old.driver.apply(new Fault(FaultAction.CUT, REPLICATION_LINK));
            old.playFor(20);
            old.driver.reset();
            // Past the old cut: its seconds 8-15 had 0-7 s of lag, the new ones have none.
            old.playFor(15);
        });
        Run fresh = GuiActionRunner.execute(() -> new Run());
        GuiActionRunner.execute(() -> fresh.playFor(15));

        Map<String, double[][]> shown = GuiActionRunner.execute(old::data);
        Map<String, double[][]> expected = GuiActionRunner.execute(fresh::data);
        assertThat(shown.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((series, xy) -> {
            assertThat(shown.get(series)[0]).as(series + " x").containsExactly(xy[0]);
            assertThat(shown.get(series)[1]).as(series + " y").containsExactly(xy[1]);
        });
    }

    /** Writes only: every stale answer is a write's page missing its own write, drawn as "own write", none as "stale". */
    @Test
    void aReadBackThatMissesItsOwnWriteIsDrawnAsOwnWriteNotAsStale() {
        io.infraviz.model.SimulationSettings s = Preset.CLASSROOM.settings();
        Run run = GuiActionRunner.execute(() -> new Run(s.withTraffic(s.traffic().withWriteFraction(1.0))));
        GuiActionRunner.execute(() -> run.playFor(40));
        Map<String, double[][]> data = GuiActionRunner.execute(run::data);
        String own = data.keySet().stream().filter(k -> k.endsWith("/own write")).findFirst().orElseThrow();
        String stale = own.replace("/own write", "/stale");
        assertThat(java.util.Arrays.stream(data.get(own)[1]).sum()).as("read-backs that missed their write").isPositive();
        assertThat(data.get(stale)[1]).as("other stale reads: there are no plain reads").containsOnly(0.0);
        assertThat(GuiActionRunner.execute(() -> run.driver.simulation().counters().ownWriteStale())).isPositive();
    }

    @Test
    void afterASeekTheLagChartForgetsTheOldFuture() {
        // The old future: the Replica down for 20 s, its lag growing to ~20 s. (Killed and revived, not cut
        // off: a revived Replica connects at once, a healed link waits for the next connect retry.)
        Run seeked = GuiActionRunner.execute(() -> new Run());
        GuiActionRunner.execute(() -> {
            seeked.playFor(8);
            seeked.driver.apply(new Fault(FaultAction.KILL, "web-02.mysql"));
            seeked.playFor(20);
            seeked.driver.seek(10 * S);
            seeked.driver.apply(new Fault(FaultAction.REVIVE, "web-02.mysql"));
            seeked.resume();
            seeked.playFor(10);
        });
        // The Replica was down for 20 s in the old future (lag 3 s at 0:11, 10 s at 0:18); it catches
        // up within a second of its revival in the new one.
        double[] shown = GuiActionRunner.execute(() -> seeked.lagAfter(11));
        assertThat(shown).hasSizeGreaterThan(5);
        assertThat(java.util.Arrays.stream(shown).max().orElseThrow()).as("no lag of the cut that was undone").isLessThan(2);
    }

    @Test
    void axesSayTheirUnitsXLabelsAreFewAndLegendsSitOutsideThePlot() {
        ChartsPanel charts = GuiActionRunner.execute(() -> new Run().charts);
        for (XYChart c : charts.charts()) {
            assertThat(c.getXAxisTitle()).as(c.getTitle()).isEqualTo("time (m:ss)");
            assertThat(c.getYAxisTitle()).as(c.getTitle()).isIn("req/s", "ms", "s");
            assertThat(c.getStyler().getLegendPosition()).as(c.getTitle())
                    .isIn(Styler.LegendPosition.OutsideS, Styler.LegendPosition.OutsideE);
            assertThat(c.getStyler().getXAxisTickMarkSpacingHint()).as("pixels between x labels").isGreaterThanOrEqualTo(70);
            assertThat(c.getStyler().getxAxisTickLabelsFormattingFunction().apply(65.0)).isEqualTo("1:05");
        }
        XYChart lag = charts.charts().get(3);
        assertThat(lag.getYAxisTitle()).isEqualTo("s");
        assertThat(lag.getStyler().getYAxisDecimalPattern()).isEqualTo("0.0");
    }

    @Test
    void everyLineStandsOutFromTheBackgroundInBothThemes() {
        Run run = GuiActionRunner.execute(() -> new Run());
        GuiActionRunner.execute(() -> run.playFor(3));
        for (DiagramTheme theme : DiagramTheme.both()) {
            List<XYChart> charts = GuiActionRunner.execute(() -> {
                run.charts.applyTheme(theme);
                return run.charts.charts();
            });
            assertThat(charts.get(0).getSeriesMap()).containsKeys("web-01", "web-02");
            for (XYChart c : charts) {
                Color background = c.getStyler().getPlotBackgroundColor();
                for (XYSeries s : c.getSeriesMap().values()) {
                    assertThat(s.getLineColor()).as("a colour of our own for " + s.getName()).isNotNull();
                    assertThat(contrast(s.getLineColor(), background)).as(theme + " " + c.getTitle() + " " + s.getName())
                            .isGreaterThanOrEqualTo(3.0);
                    assertThat(s.getLineColor().getAlpha()).as("opaque").isEqualTo(255);
                }
            }
        }
    }

    @Test
    void noChartKeepsXChartsShortcutsOrItsPopup() {
        ChartsPanel charts = GuiActionRunner.execute(() -> new Run().charts);
        List<KeyStroke> taken = List.of(KeyStroke.getKeyStroke("ctrl S"), KeyStroke.getKeyStroke("ctrl E"),
                KeyStroke.getKeyStroke("ctrl P"));
        List<String> found = GuiActionRunner.execute(() -> {
            List<String> bound = new ArrayList<>();
            for (Component c : everything(charts)) {
                if (c instanceof JComponent j) {
                    for (int condition : new int[] {JComponent.WHEN_FOCUSED, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT,
                            JComponent.WHEN_IN_FOCUSED_WINDOW}) {
                        InputMap keys = j.getInputMap(condition);
                        KeyStroke[] all = keys.allKeys();
                        for (KeyStroke k : all == null ? new KeyStroke[0] : all) {
                            if (taken.contains(k)) {
                                bound.add(c.getClass().getSimpleName() + " " + condition + " " + k);
                            }
                        }
                    }
                }
                for (MouseListener l : c.getMouseListeners()) {
                    if (l.getClass().getName().startsWith("org.knowm")) {
                        bound.add(c.getClass().getSimpleName() + " " + l.getClass().getName());
                    }
                }
            }
            return bound;
        });
        assertThat(everything(charts)).as("the four charts").hasSize(4);
        assertThat(found).isEmpty();
    }

    private static List<Component> everything(Container root) {
        List<Component> all = new ArrayList<>();
        for (Component c : root.getComponents()) {
            all.add(c);
            if (c instanceof Container inner) {
                all.addAll(everything(inner));
            }
        }
        return all;
    }

    /** WCAG contrast ratio of two colours (1 to 21). */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
