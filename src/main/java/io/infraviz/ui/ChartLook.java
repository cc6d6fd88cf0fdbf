package io.infraviz.ui;

import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Fonts;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.event.MouseListener;
import java.util.List;

import static io.infraviz.diagram.DiagramTheme.BLUE;
import static io.infraviz.diagram.DiagramTheme.BLUISH_GREEN;
import static io.infraviz.diagram.DiagramTheme.DARKER_REDDISH_PURPLE;
import static io.infraviz.diagram.DiagramTheme.ORANGE;
import static io.infraviz.diagram.DiagramTheme.REDDISH_PURPLE;
import static io.infraviz.diagram.DiagramTheme.SKY_BLUE;
import static io.infraviz.diagram.DiagramTheme.VERMILLION;

/**
 * How the live charts look on a projector: axis titles with units, few x labels in the clock's
 * m:ss, legends below the plot so they never cover a line, and series colours from the Okabe-Ito
 * palette picked per theme so every line stands out from the background (at least 3:1). Also
 * takes away what XChart adds to its panels that the app does not want (see {@link #quiet}).
 */
final class ChartLook {
    /** Pixels between x ticks: at the bottom strip's width this leaves 4-6 labels that never touch. */
    static final int X_TICK_SPACING = 80;

    private static final float WIDTH = 2.5f;
    private static final BasicStroke SOLID = new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED = new BasicStroke(WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10, new float[] {8, 5}, 0);
    private static final BasicStroke DOTTED = new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            10, new float[] {1, 5}, 0);

    /** A series' colour in the light and in the dark theme, and its line (so colour is not the only cue). */
    record SeriesLook(Color light, Color dark, BasicStroke stroke) {
        Color colour(DiagramTheme theme) {
            return theme.dark() ? dark : light;
        }
    }

    static final SeriesLook READ = new SeriesLook(BLUE, SKY_BLUE, SOLID);
    static final SeriesLook STALE = new SeriesLook(DARKER_REDDISH_PURPLE, REDDISH_PURPLE, DASHED);
    /** A write's page that missed the write: the same colour as a stale read, dotted. */
    static final SeriesLook OWN_WRITE_STALE = new SeriesLook(DARKER_REDDISH_PURPLE, REDDISH_PURPLE, DOTTED);
    static final SeriesLook FAILED = new SeriesLook(VERMILLION, VERMILLION, SOLID);
    static final SeriesLook SLOW = new SeriesLook(VERMILLION, ORANGE, DASHED);
    static final SeriesLook REPLICATION = new SeriesLook(BLUISH_GREEN, BLUISH_GREEN, SOLID);
    /** Servers in configuration order: web-01 blue and solid, web-02 orange and dashed, and so on. */
    private static final List<SeriesLook> SERVERS = List.of(
            READ,
            new SeriesLook(VERMILLION, ORANGE, DASHED),
            new SeriesLook(BLUISH_GREEN, BLUISH_GREEN, DOTTED),
            new SeriesLook(DARKER_REDDISH_PURPLE, REDDISH_PURPLE, SOLID));

    private ChartLook() {
    }

    static SeriesLook server(int index) {
        return SERVERS.get(index % SERVERS.size());
    }

    /** A chart with a time axis and a y axis titled with its unit, e.g. "req/s". */
    static XYChart chart(String title, String yTitle, String yPattern) {
        XYChart c = new XYChartBuilder().width(320).height(190).title(title)
                .xAxisTitle("time (m:ss)").yAxisTitle(yTitle).build();
        XYStyler s = c.getStyler();
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendFont(Fonts.CHART_LEGEND);
        s.setLegendPadding(3);
        s.setLegendSeriesLineLength(18);
        s.setChartTitleFont(Fonts.CHART_TITLE);
        s.setAxisTitleFont(Fonts.CHART_AXIS_TITLE);
        s.setAxisTitlePadding(6);
        s.setAxisTickLabelsFont(Fonts.CHART_TICKS);
        s.setChartPadding(4);
        s.setToolTipsEnabled(false);
        s.setXAxisTickMarkSpacingHint(X_TICK_SPACING);
        s.setxAxisTickLabelsFormattingFunction(ChartLook::minutesSeconds);
        s.setYAxisTickMarkSpacingHint(40);
        s.setYAxisDecimalPattern(yPattern);
        s.setYAxisMin(0.0);
        return c;
    }

    /** Seconds as m:ss, the event log's clock without tenths, so the two read alike. */
    static String minutesSeconds(Double seconds) {
        long s = Math.round(seconds);
        return (s / 60) + ":" + String.format("%02d", s % 60);
    }

    static void applyTheme(XYChart c, DiagramTheme t) {
        Color bg = t.canvas();
        Color fg = t.componentText();
        XYStyler s = c.getStyler();
        s.setChartBackgroundColor(bg);
        s.setPlotBackgroundColor(bg);
        // See-through: XChart's box for a legend below the plot reaches a few pixels up over the
        // x axis title, and an opaque box would cut the title's lower half off.
        s.setLegendBackgroundColor(DiagramTheme.CLEAR);
        s.setLegendBorderColor(DiagramTheme.CLEAR);
        s.setChartFontColor(fg);
        s.setAxisTickLabelsColor(fg);
        s.setPlotBorderColor(t.edge());
        s.setPlotGridLinesColor(t.chartGrid());
    }

    /**
     * Takes away XChart's own keyboard shortcuts (Ctrl+S save, Ctrl+E export, Ctrl+P print, bound
     * in the whole window, so they win over the menus) and its right-click menu: the app has its
     * own Save and Export, and a second, different one behind the same keys confuses people.
     */
    static void quiet(XChartPanel<?> panel) {
        for (int condition : new int[] {JComponent.WHEN_FOCUSED, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT,
                JComponent.WHEN_IN_FOCUSED_WINDOW}) {
            InputMap keys = panel.getInputMap(condition);
            // Clearing this map but not its parents: the parents are the look and feel's shared maps.
            keys.clear();
        }
        ActionMap actions = panel.getActionMap();
        actions.clear();
        for (MouseListener l : panel.getMouseListeners()) {
            if (l.getClass().getName().startsWith("org.knowm.xchart.XChartPanel$")) {
                panel.removeMouseListener(l);
            }
        }
        // Nothing to do with the keyboard there: Tab should not stop on four pictures.
        panel.setFocusable(false);
    }
}
