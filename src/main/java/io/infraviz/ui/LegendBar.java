package io.infraviz.ui;

import net.miginfocom.swing.MigLayout;

import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** What the marks on the diagram mean, in one line under it. */
final class LegendBar extends JPanel {
    LegendBar() {
        super(new MigLayout("insets 4 12 4 12, gapx 14, hidemode 3", ""));
        add(item(0, "read"));
        add(item(1, "write"));
        add(item(2, "stale read"));
        add(item(3, "replication"));
        add(item(4, "health check"));
        add(item(5, "client gave up"));
        add(new JLabel("<html><font color='#D55E00'>&#x2716;</font> failure + status</html>"));
        add(new JLabel("<html><b>crossed out</b>: down</html>"));
        add(new JLabel("<html><b>dashed amber</b>: trouble</html>"));
        setMinimumSize(new java.awt.Dimension(0, 0));
        getAccessibleContext().setAccessibleName("Legend");
    }

    private static JLabel item(int kind, String text) {
        JLabel l = new JLabel(text, new ImageIcon(TrafficLayer.legendSprite(kind)), JLabel.LEADING);
        l.setIconTextGap(5);
        return l;
    }
}
