package io.infraviz.ui;

import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.TrafficMark;
import net.miginfocom.swing.MigLayout;

import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** What the marks on the diagram mean, in one line under it. */
final class LegendBar extends JPanel {
    LegendBar() {
        super(new MigLayout("insets 4 12 4 12, gapx 14, hidemode 3", ""));
        add(item(TrafficMark.READ, "read"));
        add(item(TrafficMark.WRITE, "write"));
        add(item(TrafficMark.STALE, "stale read"));
        add(item(TrafficMark.REPLICATION, "replication"));
        add(item(TrafficMark.PROBE, "health check"));
        add(item(TrafficMark.ORPHAN, "client gave up"));
        add(new JLabel("<html><font color='" + DiagramTheme.hex(DiagramTheme.FAILURE) + "'>&#x2716;</font> failure + status</html>"));
        add(new JLabel("<html><b>crossed out</b>: down</html>"));
        add(new JLabel("<html><b>dashed amber</b>: trouble</html>"));
        setMinimumSize(new java.awt.Dimension(0, 0));
        getAccessibleContext().setAccessibleName("Legend");
    }

    private static JLabel item(TrafficMark mark, String text) {
        JLabel l = new JLabel(text, new ImageIcon(mark.sprite(1.2)), JLabel.LEADING);
        l.setIconTextGap(5);
        return l;
    }
}
