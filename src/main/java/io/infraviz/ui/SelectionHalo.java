package io.infraviz.ui;

import com.mxgraph.util.mxPoint;
import com.mxgraph.view.mxCellState;
import com.mxgraph.view.mxGraphView;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * How the selected part is drawn: a wide, translucent, solid band in the accent colour along a
 * link, a solid accent outline around a box. Never dashed and never red, which on this diagram
 * mean a cut link or a dead part (JGraphX's own selection, dashed with red end handles, looked
 * exactly like a cut). The band is translucent so a selected cut link still shows its dashes.
 */
final class SelectionHalo {
    private SelectionHalo() {
    }

    /** The band along a selected link: solid, much wider than any link. */
    static BasicStroke linkStroke(double scale) {
        return new BasicStroke((float) (11 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** The outline around a selected box: solid. */
    static BasicStroke boxStroke(double scale) {
        return new BasicStroke((float) (3.5 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Color linkColour(DiagramTheme theme) {
        return theme.accentBand();
    }

    static Color boxColour(DiagramTheme theme) {
        return theme.accent();
    }

    static void paint(Graphics2D g, Diagram diagram) {
        Object[] selected = diagram.graph().getSelectionCells();
        if (selected.length == 0) {
            return;
        }
        mxGraphView v = diagram.graph().getView();
        double scale = v.getScale();
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (Object cell : selected) {
            mxCellState st = v.getState(cell);
            if (st == null) {
                continue;
            }
            if (diagram.graph().getModel().isEdge(cell)) {
                List<mxPoint> pts = st.getAbsolutePoints();
                if (pts == null || pts.size() < 2) {
                    continue;
                }
                Path2D.Double path = new Path2D.Double();
                path.moveTo(pts.get(0).getX(), pts.get(0).getY());
                for (mxPoint p : pts.subList(1, pts.size())) {
                    path.lineTo(p.getX(), p.getY());
                }
                g2.setStroke(linkStroke(scale));
                g2.setColor(linkColour(diagram.theme()));
                g2.draw(path);
            } else {
                double pad = 4 * scale;
                g2.setStroke(boxStroke(scale));
                g2.setColor(boxColour(diagram.theme()));
                g2.draw(new RoundRectangle2D.Double(st.getX() - pad, st.getY() - pad, st.getWidth() + 2 * pad,
                        st.getHeight() + 2 * pad, 14 * scale, 14 * scale));
            }
        }
        g2.dispose();
    }
}
