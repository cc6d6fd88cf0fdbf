package io.infraviz.export;

import com.mxgraph.util.mxCellRenderer;
import com.mxgraph.util.mxPoint;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.view.mxGraph;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.scenario.AtomicFile;
import io.infraviz.scenario.Moment;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Exports a {@link Diagram}, as it currently shows, as a PNG: at 1x to 3x, with a margin, on the
 * theme's background or transparent, optionally with a caption (title; stage, simulated time and
 * what is down) and a legend of the traffic marks and box states below the diagram. The PNG
 * carries the {@link Moment} as {@link MomentFile} JSON in an iTXt chunk with keyword
 * {@value #KEYWORD}, so opening it restores that moment ({@link #readMoment(Path)}).
 *
 * <p>Needs no display ({@code java.awt.headless=true} works). JGraphX's renderer shares static
 * state: call from one thread at a time, the EDT when the diagram is also on screen.
 */
public final class PngExporter {
    /** The keyword of the text chunk holding the moment. */
    public static final String KEYWORD = "infraviz-moment";
    /** Space around the diagram, in diagram units (times the scale in pixels). */
    public static final int MARGIN = 24;
    /** The smallest and largest scale. */
    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 3;

    private PngExporter() {
    }

    /**
     * How to export.
     *
     * @param scale       1 to 3 (pixels per diagram unit)
     * @param legend      add the legend of marks and box states
     * @param caption     add a caption: the topology's title; stage, simulated time, what is down
     * @param transparent no background (boxes stay filled, caption and legend sit on a card)
     */
    public record Options(double scale, boolean legend, boolean caption, boolean transparent) {
        public Options {
            checkScale(scale);
        }

        /** Just the diagram, on the theme's background. */
        public static Options plain(double scale) {
            return new Options(scale, false, false, false);
        }
    }

    /** Throws IllegalArgumentException unless 1 &lt;= scale &lt;= 3. */
    public static void checkScale(double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("the scale must be between 1 and 3 (1x to 3x), got " + number(scale));
        }
    }

    /**
     * A rendered image and where the diagram sits in it.
     *
     * @param originX pixel x of diagram coordinate 0
     * @param originY pixel y of diagram coordinate 0
     */
    public record Picture(BufferedImage image, double scale, double originX, double originY) {
        /** Where a box in diagram coordinates (as {@link Diagram#absoluteBounds} gives it) is in the image. */
        public Rectangle2D toImage(mxRectangle r) {
            return new Rectangle2D.Double(originX + r.getX() * scale, originY + r.getY() * scale,
                    r.getWidth() * scale, r.getHeight() * scale);
        }

        public int width() {
            return image.getWidth();
        }

        public int height() {
            return image.getHeight();
        }
    }

    /**
     * Draws the diagram as it currently shows.
     *
     * @param moment what the caption tells (time); may be null (no time in the caption)
     */
    /** The largest picture drawn, in pixels (a 4-byte pixel each: 200 MB); past it memory runs out first. */
    static final long MAX_PIXELS = 50_000_000L;

    public static Picture render(Diagram diagram, Moment moment, Options o) {
        mxGraph graph = diagram.graph();
        DiagramTheme theme = diagram.theme();
        double s = o.scale();
        Object[] cells = {graph.getModel().getRoot()};
        mxRectangle clip = DrawnBounds.around(graph, s, cells, 1);
        if (clip != null && clip.getWidth() * clip.getHeight() > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the picture would be %,d x %,d pixels; "
                    + "InfraViz draws at most %,d (a smaller scale, or a design with fewer hosts)",
                    (long) clip.getWidth(), (long) clip.getHeight(), MAX_PIXELS));
        }
        BufferedImage drawn = mxCellRenderer.createBufferedImage(graph, cells, s,
                o.transparent() ? null : theme.canvas(), true, clip);
        if (drawn == null) {
            throw DrawnBounds.empty();
        }

        int margin = (int) Math.round(MARGIN * s);
        int width = drawn.getWidth() + 2 * margin;
        double unitsWide = width / s;
        CaptionCard card = o.caption() || o.legend()
                ? CaptionCard.layout(theme, o.caption() ? CaptionText.lines(diagram, moment) : null, o.legend(),
                unitsWide - 2 * MARGIN)
                : null;
        int cardPixels = card == null ? 0 : (int) Math.ceil((CaptionCard.GAP + card.height()) * s);
        int height = drawn.getHeight() + 2 * margin + cardPixels;

        BufferedImage out = new BufferedImage(width, height,
                o.transparent() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            hints(g);
            if (!o.transparent()) {
                g.setColor(theme.canvas());
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(drawn, margin, margin, null);
            if (card != null) {
                Graphics2D cg = (Graphics2D) g.create();
                cg.scale(s, s);
                cg.translate(MARGIN, (margin + drawn.getHeight()) / s + CaptionCard.GAP);
                card.paint(cg);
                cg.dispose();
            }
        } finally {
            g.dispose();
        }
        mxPoint t = graph.getView().getTranslate();
        return new Picture(out, s, margin + t.getX() * s - clip.getX(), margin + t.getY() * s - clip.getY());
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    /**
     * Renders and writes a PNG atomically (a temporary file in the same folder, then moved over
     * {@code file}), carrying the moment when there is one.
     *
     * @return the picture written
     */
    public static Picture write(Diagram diagram, Moment moment, Options o, Path file) throws IOException {
        // The moment's JSON is written on another core while the picture renders: its first use
        // (the JSON library's classes) would otherwise add a third to a first export's time.
        java.util.concurrent.CompletableFuture<String> json = moment == null
                ? java.util.concurrent.CompletableFuture.completedFuture(null)
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> MomentFile.toJson(moment), PngExporter::onItsOwnThread);
        Picture p = render(diagram, moment, o);
        try {
            writeFile(p, json.join(), file);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return p;
    }

    private static void onItsOwnThread(Runnable task) {
        Thread t = new Thread(task, "infraviz-moment-json");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Encodes a rendered picture (with the moment, when there is one) and writes it atomically.
     * Touches no JGraphX state: the app can {@link #render} on the EDT and save on another thread.
     */
    public static void save(Picture p, Moment moment, Path file) throws IOException {
        writeFile(p, moment == null ? null : MomentFile.toJson(moment), file);
    }

    /** The picture with the moment's JSON (or none) in its chunk, written atomically. */
    private static void writeFile(Picture p, String momentJson, Path file) throws IOException {
        AtomicFile.write(file, PngMomentChunk.encode(p.image(), momentJson, p.scale()));
    }

    /**
     * Reads the moment an exported PNG carries.
     *
     * @throws MomentFile.BadMomentFile naming the file and the problem: not a PNG, no moment in
     *                                  it, or a broken one
     */
    public static Moment readMoment(Path png) throws MomentFile.BadMomentFile {
        String name = png.toString();
        String json;
        try {
            json = PngMomentChunk.momentJson(png);
        } catch (NoSuchFileException e) {
            throw new MomentFile.BadMomentFile(name + ": no such file");
        } catch (IOException e) {
            throw new MomentFile.BadMomentFile(name + ": cannot read it (" + e.getMessage() + ")");
        }
        if (json == null) {
            throw new MomentFile.BadMomentFile(name + ": this PNG carries no InfraViz moment (only images exported"
                    + " by InfraViz do, and some image editors remove it)");
        }
        return MomentFile.fromJson(json, name);
    }

    private static String number(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
