package io.infraviz.ui;

import com.mxgraph.swing.handler.mxGraphHandler;
import com.mxgraph.swing.handler.mxSelectionCellsHandler;
import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.util.mxEvent;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.util.mxPoint;
import com.mxgraph.util.mxUtils;
import com.mxgraph.view.mxGraphView;
import io.infraviz.diagram.Diagram;

import javax.swing.BorderFactory;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Point;
import java.awt.Graphics2D;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The diagram on screen: read-only (nothing can be dragged, edited or connected), drawn once into
 * an image at device resolution and blitted each frame, with the moving traffic painted on top.
 * The diagram is zoomed to fit the window until the person zooms by hand (Ctrl+wheel, the zoom
 * keys); from then on resizes keep their zoom until {@link #zoomToFit()} is asked for again.
 */
public final class DiagramView extends mxGraphComponent {
    private final Diagram diagram;
    private final TrafficLayer traffic;
    static final double MIN_ZOOM = 0.3;
    static final double MAX_ZOOM = 4;
    static final double ZOOM_STEP = 1.2;
    /** True once the person zoomed by hand: resizes then keep their zoom instead of fitting. */
    private boolean userZoomed;

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
        // A model change names the region it touched: redraw that part of the cache, not all of it.
        diagram.graph().addListener(mxEvent.REPAINT, (s, e) -> control().redraw((mxRectangle) e.getProperty("region")));
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                refit();
            }
        });
        ZoomPanHandler.install(this);
    }

    public Diagram diagram() {
        return diagram;
    }

    /** The traffic drawn over the diagram (its counters and its request follower). */
    public TrafficLayer traffic() {
        return traffic;
    }

    /** Colours from the diagram's theme; call after a theme change. */
    public void applyTheme() {
        com.mxgraph.swing.util.mxSwingConstants.VERTEX_SELECTION_COLOR = diagram.theme().accent();
        com.mxgraph.swing.util.mxSwingConstants.EDGE_SELECTION_COLOR = diagram.theme().accent();
        getViewport().setBackground(diagram.theme().canvas());
        setBackground(diagram.theme().canvas());
        control().dropCache();
        repaint();
    }

    /** Scales the diagram to fill the visible area, keeping a margin, and forgets any zoom by hand. */
    public void zoomToFit() {
        userZoomed = false;
        fit();
    }

    /**
     * Fits again after the space changed (a resize, a panel shown or hidden, a theme), unless the
     * person zoomed by hand: then their zoom stays.
     */
    public void refit() {
        if (!userZoomed) {
            fit();
        }
    }

    /** True once the person zoomed by hand (until {@link #zoomToFit()}). */
    public boolean userZoomed() {
        return userZoomed;
    }

    private void fit() {
        // The graph bounds include the labels, so enlarged labels that overflow their boxes fit too.
        mxRectangle b = diagram.graph().getView().getGraphBounds();
        double scale = diagram.graph().getView().getScale();
        if (b.getWidth() <= 0 || getWidth() <= 0) {
            return;
        }
        double w = b.getWidth() / scale + 40;
        double h = b.getHeight() / scale + 40;
        double fit = Math.min(getViewport().getWidth() / w, getViewport().getHeight() / h);
        fit = Math.max(MIN_ZOOM, Math.min(3, fit));
        if (Math.abs(fit - scale) > 0.01) {
            // Not zoomTo: it fixes the scroll bars later on the event queue, after a zoom by hand may have come.
            setScaleNow(fit);
        }
        scrollTo(0, 0);
        control().dropCache();
    }

    private void setScaleNow(double scale) {
        diagram.graph().getView().setScale(scale);
        getGraphControl().updatePreferredSize();
        // Lay out now (not on the next validation): a new view position needs the new size.
        doLayout();
        getViewport().doLayout();
    }

    /** One step closer, around the middle of what is shown. */
    @Override
    public void zoomIn() {
        zoomAround(ZOOM_STEP, viewportCentre());
    }

    /** One step further, around the middle of what is shown. */
    @Override
    public void zoomOut() {
        zoomAround(1 / ZOOM_STEP, viewportCentre());
    }

    private Point viewportCentre() {
        Dimension e = getViewport().getExtentSize();
        return new Point(e.width / 2, e.height / 2);
    }

    /**
     * Zooms by {@code factor} keeping the diagram point at {@code atInViewport} (viewport
     * coordinates, e.g. under the mouse) where it is.
     */
    public void zoomAround(double factor, Point atInViewport) {
        mxGraphView v = diagram.graph().getView();
        double old = v.getScale();
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, old * factor));
        userZoomed = true;
        if (Math.abs(next - old) < 1e-9) {
            return;
        }
        Point pos = getViewport().getViewPosition();
        mxPoint t = v.getTranslate();
        double mx = (pos.x + atInViewport.x) / old - t.getX();
        double my = (pos.y + atInViewport.y) / old - t.getY();
        setScaleNow(next);
        scrollTo((int) Math.round((mx + t.getX()) * next - atInViewport.x),
                (int) Math.round((my + t.getY()) * next - atInViewport.y));
        control().dropCache();
        repaint();
    }

    /** Shows the diagram from this view position, kept inside the diagram. */
    void scrollTo(int x, int y) {
        Dimension size = getGraphControl().getSize();
        Dimension e = getViewport().getExtentSize();
        getViewport().setViewPosition(new Point(Math.max(0, Math.min(x, size.width - e.width)),
                Math.max(0, Math.min(y, size.height - e.height))));
    }

    /**
     * Draws the diagram's labels {@code k} times their normal size (1.0–1.6) and fits again
     * unless the person zoomed by hand; the overlays' text follows.
     */
    public void setLabelScale(double k) {
        diagram.setLabelScale(k);
        diagram.graph().getView().revalidate();
        refit();
        control().dropCache();
        repaint();
    }

    public double labelScale() {
        return diagram.labelScale();
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

        /** Cache pixels to draw again before the next blit (control coordinates), or null. */
        private java.awt.Rectangle stale;

        void dropCache() {
            cache = null;
            stale = null;
        }

        /** The region waiting to be drawn again (for tests). */
        java.awt.Rectangle staleRegion() {
            return stale == null ? null : new java.awt.Rectangle(stale);
        }

        /** Marks a region of the graph (control coordinates; null: all of it) to be drawn again. */
        void redraw(mxRectangle region) {
            if (region == null || cache == null) {
                dropCache();
                return;
            }
            java.awt.Rectangle r = region.getRectangle();
            r.grow(2, 2);
            stale = stale == null ? r : stale.union(r);
        }

        /**
         * Draws the graph into the cache at scale {@code s}: all of it ({@code area} null), or only
         * the cells within {@code area} (control coordinates): JGraphX skips cells outside the clip.
         */
        private void drawCache(double s, java.awt.Rectangle area) {
            Graphics2D cg = cache.createGraphics();
            cg.setColor(diagram.theme().canvas());
            if (area == null) {
                cg.fillRect(0, 0, cache.getWidth(), cache.getHeight());
                cg.scale(s, s);
            } else {
                cg.scale(s, s);
                cg.clip(area);
                cg.fill(area);
            }
            mxUtils.setAntiAlias(cg, true, true);
            drawGraph(cg, true);
            cg.dispose();
            stale = null;
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
                cacheScale = s;
                drawCache(s, null);
            } else if (stale != null) {
                drawCache(s, stale);
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
