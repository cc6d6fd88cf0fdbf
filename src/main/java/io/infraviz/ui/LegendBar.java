package io.infraviz.ui;

import com.formdev.flatlaf.FlatClientProperties;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.TrafficMark;
import net.miginfocom.swing.MigLayout;

import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * What the marks on the diagram mean, in one line under it. Plain labels (no HTML): the bar is
 * in the first frame, and Swing's HTML support costs a tenth of a second to load.
 */
final class LegendBar extends JPanel {
    LegendBar() {
        super(new MigLayout("insets 4 12 4 12, gapx 14, hidemode 3", ""));
        add(item(TrafficMark.READ, "read"));
        add(item(TrafficMark.WRITE, "write"));
        add(item(TrafficMark.STALE, "stale read"));
        add(item(TrafficMark.REPLICATION, "replication"));
        add(item(TrafficMark.PROBE, "health check"));
        add(item(TrafficMark.ORPHAN, "client gave up"));
        JLabel cross = new JLabel("\u2716");
        cross.setForeground(DiagramTheme.FAILURE);
        add(cross);
        add(new JLabel("failure + status"), "gapleft 4");
        add(bold("crossed out"));
        add(new JLabel(": down"), "gapleft 0");
        add(bold("dashed amber"));
        add(new JLabel(": trouble"), "gapleft 0");
        setMinimumSize(new java.awt.Dimension(0, 0));
        getAccessibleContext().setAccessibleName("Legend");
    }

    private static JLabel item(TrafficMark mark, String text) {
        JLabel l = new JLabel(text, new ImageIcon(mark.sprite(1.2)), JLabel.LEADING);
        l.setIconTextGap(5);
        return l;
    }

    /** A label in the bold of the window's font (FlatLaf keeps it so when the theme or the type size changes). */
    private static JLabel bold(String text) {
        JLabel l = new JLabel(text);
        l.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        return l;
    }
}
