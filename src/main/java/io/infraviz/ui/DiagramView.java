package io.infraviz.ui;

import com.mxgraph.swing.handler.mxGraphHandler;
import com.mxgraph.swing.handler.mxSelectionCellsHandler;
import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.util.mxEvent;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.util.mxUtils;
import io.infraviz.diagram.Diagram;

import javax.swing.BorderFactory;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The diagram on screen: read-only (nothing can be dragged, edited or connected), drawn once into
 * an image at device resolution and blitted each frame, with the moving traffic painted on top.
 * The diagram is zoomed to fit the window.
 */
public final class DiagramView extends mxGraphComponent {
    private final Diagram diagram;
    private final TrafficLayer traffic;

    public DiagramView(Diagram diagram, TrafficLayer traffic) {
        super(diagram.graph());
        this.diagram = diagram;
        this.traffic = traffic;
        setConnectable(false);
        setDragEnabled(false);
        setImportEnabled(false);
        setExportEnabled(false);
        setFoldingEnabled(false);
        setPanning(false);
        setToolTips(true);
        setCenterPage(true);
        setBorder(BorderFactory.createEmptyBorder());
        getViewport().setOpaque(true);
        applyTheme();
        diagram.graph().addListener(mxEvent.REPAINT, (s, e) -> control().dropCache());
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                zoomToFit();
            }
        });
    }

    public Diagram diagram() {
        return diagram;
    }

    /** Colours from the diagram's theme; call after a theme change. */
    public void applyTheme() {
        com.mxgraph.swing.util.mxSwingConstants.VERTEX_SELECTION_COLOR = java.awt.Color.decode(diagram.theme().accent);
        com.mxgraph.swing.util.mxSwingConstants.EDGE_SELECTION_COLOR = java.awt.Color.decode(diagram.theme().accent);
        getViewport().setBackground(diagram.theme().canvasColor());
        setBackground(diagram.theme().canvasColor());
        control().dropCache();
        repaint();
    }

    /** Scales the diagram to fill the visible area, keeping a margin. */
    public void zoomToFit() {
        mxRectangle b = diagram.graph().getView().getGraphBounds();
        double scale = diagram.graph().getView().getScale();
        if (b.getWidth() <= 0 || getWidth() <= 0) {
            return;
        }
        double w = b.getWidth() / scale + 40;
        double h = b.getHeight() / scale + 40;
        double fit = Math.min(getViewport().getWidth() / w, getViewport().getHeight() / h);
        fit = Math.max(0.3, Math.min(3, fit));
        if (Math.abs(fit - scale) > 0.01) {
            zoomTo(fit, true);
        }
        control().dropCache();
    }

    @Override
    protected mxGraphHandler createGraphHandler() {
        return new mxGraphHandler(this) {
            @Override
            protected void installDragGestureHandler() {
                // No drag and drop: the diagram is read-only (and a DragSource needs a display).
            }
        };
    }

    /** JGraphX's selection marks (dashed, red end handles) read as a cut: {@link SelectionHalo} draws it instead. */
    @Override
    protected mxSelectionCellsHandler createSelectionCellsHandler() {
        return new mxSelectionCellsHandler(this) {
            @Override
            public void paintHandles(Graphics g) {
                // Nothing: see SelectionHalo.
            }
        };
    }

    @Override
    protected mxGraphControl createGraphControl() {
        return new CachedControl();
    }

    CachedControl control() {
        return (CachedControl) getGraphControl();
    }

    /** Draws the graph once into a device-resolution image; each frame blits it and paints the traffic. */
    final class CachedControl extends mxGraphControl {
        private BufferedImage cache;
        private double cacheScale = -1;

        void dropCache() {
            cache = null;
        }

        @Override
        public void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g;
            AffineTransform tx = g2.getTransform();
            double s = tx.getScaleX();
            int w = (int) Math.ceil(getWidth() * s);
            int h = (int) Math.ceil(getHeight() * s);
            if (w <= 0 || h <= 0) {
                return;
            }
            if (cache == null || s != cacheScale || cache.getWidth() != w || cache.getHeight() != h) {
                // An opaque image in the screen's own format blits fastest (the canvas is painted first anyway).
                java.awt.GraphicsConfiguration gc = getGraphicsConfiguration();
                cache = gc != null ? gc.createCompatibleImage(w, h, java.awt.Transparency.OPAQUE)
                        : new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                Graphics2D cg = cache.createGraphics();
                cg.setColor(diagram.theme().canvasColor());
                cg.fillRect(0, 0, w, h);
                cg.scale(s, s);
                mxUtils.setAntiAlias(cg, true, true);
                drawGraph(cg, true);
                cg.dispose();
                cacheScale = s;
            }
            g2.setTransform(new AffineTransform(1, 0, 0, 1, tx.getTranslateX(), tx.getTranslateY()));
            g2.drawImage(cache, 0, 0, null);
            g2.setTransform(tx);
            eventSource.fireEvent(new com.mxgraph.util.mxEventObject(mxEvent.PAINT, "g", g));
            SelectionHalo.paint(g2, diagram);
            traffic.paint(g2, DiagramView.this);
        }
    }
}
