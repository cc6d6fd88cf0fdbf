package io.infraviz.ui;

import com.formdev.flatlaf.FlatClientProperties;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.TrafficMark;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * What the marks on the diagram mean, under it: one line, or two on a narrow window (a laptop's).
 * Plain labels, no HTML: the bar is in the first frame, and Swing's HTML support costs a tenth of a
 * second to load.
 */
final class LegendBar extends JPanel {
    private static final int GAP = 10;

    LegendBar() {
        super(new FlowLayout(FlowLayout.LEADING, GAP, 4));
        setBorder(BorderFactory.createEmptyBorder(0, 0, 4, 0));
        add(item(TrafficMark.READ, "read"));
        add(item(TrafficMark.WRITE, "write"));
        add(item(TrafficMark.STALE, "stale read"));
        add(item(TrafficMark.REPLICATION, "replication"));
        add(item(TrafficMark.PROBE, "health check"));
        add(item(TrafficMark.ORPHAN, "client gave up"));
        JLabel cross = new JLabel("\u2716");
        cross.setForeground(DiagramTheme.FAILURE);
        add(phrase(cross, new JLabel(" failure + status")));
        add(phrase(bold("crossed out"), new JLabel(": down")));
        add(phrase(bold("dashed amber"), new JLabel(": trouble")));
        setMinimumSize(new Dimension(0, 0));
        getAccessibleContext().setAccessibleName("Legend");
    }

    /** As tall as its items need at the width it is given: they wrap onto more lines when it is narrow. */
    @Override
    public Dimension getPreferredSize() {
        Dimension oneLine = super.getPreferredSize();
        int width = getParent() == null ? 0 : getParent().getWidth();
        if (width <= 0 || oneLine.width <= width) {
            return oneLine;
        }
        Insets in = getInsets();
        int lines = 1;
        int lineHeight = 0;
        int x = in.left + GAP;
        for (Component c : getComponents()) {
            Dimension d = c.getPreferredSize();
            if (x + d.width > width - in.right && x > in.left + GAP) {
                lines++;
                x = in.left + GAP;
            }
            x += d.width + GAP;
            lineHeight = Math.max(lineHeight, d.height);
        }
        int vgap = ((FlowLayout) getLayout()).getVgap();
        return new Dimension(oneLine.width, in.top + in.bottom + vgap + lines * (lineHeight + vgap));
    }

    private static JLabel item(TrafficMark mark, String text) {
        JLabel l = new JLabel(text, new ImageIcon(mark.sprite(1.2)), JLabel.LEADING);
        l.setIconTextGap(5);
        return l;
    }

    /** Labels that read as one phrase (no gap between them), kept together on one line. */
    private static JPanel phrase(JLabel... parts) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        p.setOpaque(false);
        for (JLabel part : parts) {
            p.add(part);
        }
        return p;
    }

    /** A label in the bold of the window's font (FlatLaf keeps it so when the theme or the type size changes). */
    private static JLabel bold(String text) {
        JLabel l = new JLabel(text);
        l.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        return l;
    }
}
