package io.infraviz.export;

import com.mxgraph.util.mxCellRenderer;
import com.mxgraph.util.mxPoint;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.view.mxGraph;
import com.mxgraph.view.mxGraphView;
import com.mxgraph.view.mxTemporaryCellStates;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.TrafficMark;
import io.infraviz.engine.SimTime;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.Topology;
import io.infraviz.scenario.AtomicFile;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.ComponentStatus;
import org.w3c.dom.Node;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    static final String FONT = "DejaVu Sans";
    private static final String PNG_METADATA = "javax_imageio_png_1.0";
    /** Gap between the diagram and the caption/legend card, and the card's padding, in units. */
    private static final double CARD_GAP = 8;
    private static final double PAD = 14;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

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

    // ---- rendering ------------------------------------------------------------------------

    /**
     * Draws the diagram as it currently shows.
     *
     * @param moment what the caption tells (time); may be null (no time in the caption)
     */
    public static Picture render(Diagram diagram, Moment moment, Options o) {
        mxGraph graph = diagram.graph();
        DiagramTheme theme = diagram.theme();
        double s = o.scale();
        Object[] cells = {graph.getModel().getRoot()};
        mxRectangle paint = paintBounds(graph, s, cells);
        if (paint == null || paint.getWidth() <= 0 || paint.getHeight() <= 0) {
            throw new IllegalStateException("the diagram is empty: nothing to export");
        }
        int x0 = (int) Math.floor(paint.getX()) - 1;
        int y0 = (int) Math.floor(paint.getY()) - 1;
        int x1 = (int) Math.ceil(paint.getX() + paint.getWidth()) + 1;
        int y1 = (int) Math.ceil(paint.getY() + paint.getHeight()) + 1;
        mxRectangle clip = new mxRectangle(x0, y0, x1 - x0, y1 - y0);
        BufferedImage drawn = mxCellRenderer.createBufferedImage(graph, cells, s,
                o.transparent() ? null : theme.canvasColor(), true, clip);
        if (drawn == null) {
            throw new IllegalStateException("the diagram is empty: nothing to export");
        }

        int margin = (int) Math.round(MARGIN * s);
        int width = drawn.getWidth() + 2 * margin;
        double unitsWide = width / s;
        Card card = o.caption() || o.legend()
                ? Card.layout(theme, o.caption() ? captionLines(diagram, moment) : null, o.legend(),
                unitsWide - 2 * MARGIN)
                : null;
        int cardPixels = card == null ? 0 : (int) Math.ceil((CARD_GAP + card.height) * s);
        int height = drawn.getHeight() + 2 * margin + cardPixels;

        BufferedImage out = new BufferedImage(width, height,
                o.transparent() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            hints(g);
            if (!o.transparent()) {
                g.setColor(theme.canvasColor());
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(drawn, margin, margin, null);
            if (card != null) {
                Graphics2D cg = (Graphics2D) g.create();
                cg.scale(s, s);
                cg.translate(MARGIN, (margin + drawn.getHeight()) / s + CARD_GAP);
                card.paint(cg);
                cg.dispose();
            }
        } finally {
            g.dispose();
        }
        mxPoint t = graph.getView().getTranslate();
        return new Picture(out, s, margin + t.getX() * s - x0, margin + t.getY() * s - y0);
    }

    /** The bounds of everything drawn at a scale, in that scale's view coordinates; the view is left as it was. */
    static mxRectangle paintBounds(mxGraph graph, double scale, Object[] cells) {
        mxGraphView view = graph.getView();
        boolean events = view.isEventsEnabled();
        view.setEventsEnabled(false);
        mxTemporaryCellStates temp = new mxTemporaryCellStates(view, scale, cells);
        try {
            return graph.getPaintBounds(cells);
        } finally {
            temp.destroy();
            view.setEventsEnabled(events);
        }
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    // ---- caption --------------------------------------------------------------------------

    /** The caption: the topology's title, then stage, simulated time and what is down. */
    static List<String> captionLines(Diagram diagram, Moment moment) {
        Topology t = diagram.topology();
        List<String> parts = new ArrayList<>();
        parts.add(Stages.fromCode(t.name()).isPresent() ? "Stage: " + t.name() : "Topology: " + t.name());
        if (moment != null) {
            parts.add("simulated time " + SimTime.human(moment.timeUs()));
        }
        parts.add(whatIsDown(diagram));
        return List.of(t.title(), String.join("  ·  ", parts));
    }

    /** E.g. "web-02 killed, link X cut; load balancer: web-02 DOWN", or "everything running". */
    static String whatIsDown(Diagram diagram) {
        DiagramState s = diagram.shown();
        Topology t = diagram.topology();
        if (s == null) {
            return "everything running";
        }
        List<String> faults = new ArrayList<>();
        for (Host h : t.hosts()) {
            if (Boolean.TRUE.equals(s.hostsDown().get(h.id()))) {
                faults.add(h.id() + " killed");
            }
        }
        for (Component c : t.components()) {
            ComponentStatus st = s.components().get(c.id());
            String words = st == null ? null : switch (st) {
                case KILLED -> "killed";
                case HUNG -> "hung";
                case ERRORING -> "answering errors";
                case RUNNING, HOST_DOWN -> null;
            };
            if (words != null) {
                faults.add(c.id() + " " + words);
            }
        }
        for (Link l : t.links()) {
            if ("cut".equals(s.links().get(l.id()))) {
                faults.add("link " + l.id() + " cut");
            }
        }
        List<String> lb = new ArrayList<>();
        for (Map.Entry<String, DiagramState.HealthKind> e : s.healthKind().entrySet()) {
            if (e.getValue() != DiagramState.HealthKind.UP) {
                lb.add(e.getKey() + " " + s.health().get(e.getKey()));
            }
        }
        String text = faults.isEmpty() ? "everything running" : String.join(", ", faults);
        return lb.isEmpty() ? text : text + "; load balancer: " + String.join(", ", lb);
    }

    // ---- the caption and legend card -----------------------------------------------------

    /** The marks and box states the legend explains. */
    enum Mark {
        READ("Read"), WRITE("Write"), STALE("Stale read"), FAILURE("Failure"), REPLICATION("Replication"),
        PROBE("Health probe"), DOWN_BOX("Crossed out = down"), WARN_BOX("Amber dashed = failing checks / hung");

        final String label;

        Mark(String label) {
            this.label = label;
        }

        double markWidth() {
            return this == DOWN_BOX || this == WARN_BOX ? 28 : 18;
        }
    }

    /** The card under the diagram, laid out in diagram units. */
    private static final class Card {
        static final Font TITLE = new Font(FONT, Font.BOLD, 18);
        static final Font DETAIL = new Font(FONT, Font.PLAIN, 14);
        static final Font LEGEND = new Font(FONT, Font.PLAIN, 13);
        static final double ITEM_GAP = 24;
        static final double MARK_GAP = 8;
        static final double ROW = 24;

        final DiagramTheme theme;
        final double width;
        final List<String> captionTitle = new ArrayList<>();
        final List<String> captionDetail = new ArrayList<>();
        /** Legend rows: marks placed at x offsets. */
        final List<List<Placed>> rows = new ArrayList<>();
        double height;

        record Placed(Mark mark, double x) {
        }

        private Card(DiagramTheme theme, double width) {
            this.theme = theme;
            this.width = width;
        }

        static Card layout(DiagramTheme theme, List<String> caption, boolean legend, double width) {
            Card c = new Card(theme, width);
            double inner = width - 2 * PAD;
            double h = PAD;
            if (caption != null) {
                c.captionTitle.addAll(wrap(caption.get(0), TITLE, inner));
                c.captionDetail.addAll(wrap(caption.get(1), DETAIL, inner));
                h += c.captionTitle.size() * lineHeight(TITLE) + c.captionDetail.size() * lineHeight(DETAIL);
            }
            if (legend) {
                if (caption != null) {
                    h += 12;
                }
                List<Mark[]> groups = List.of(
                        new Mark[] {Mark.READ, Mark.WRITE, Mark.STALE, Mark.FAILURE, Mark.REPLICATION, Mark.PROBE},
                        new Mark[] {Mark.DOWN_BOX, Mark.WARN_BOX});
                for (Mark[] group : groups) {
                    List<Placed> row = new ArrayList<>();
                    double x = 0;
                    for (Mark m : group) {
                        double w = m.markWidth() + MARK_GAP + width(m.label, LEGEND);
                        if (x > 0 && x + w > inner) {
                            c.rows.add(row);
                            row = new ArrayList<>();
                            x = 0;
                        }
                        row.add(new Placed(m, x));
                        x += w + ITEM_GAP;
                    }
                    c.rows.add(row);
                }
                h += c.rows.size() * ROW;
            }
            c.height = h + PAD - (legend ? 4 : 0);
            return c;
        }

        void paint(Graphics2D g) {
            Color text = Color.decode(theme.hostText);
            RoundRectangle2D box = new RoundRectangle2D.Double(0, 0, width, height, 14, 14);
            g.setColor(Color.decode(theme.hostFill));
            g.fill(box);
            g.setColor(Color.decode(theme.hostStroke));
            g.setStroke(new BasicStroke(1.5f));
            g.draw(box);
            double y = PAD;
            g.setColor(text);
            for (String line : captionTitle) {
                y = drawLine(g, line, TITLE, y);
            }
            g.setColor(Color.decode(theme.componentText));
            for (String line : captionDetail) {
                y = drawLine(g, line, DETAIL, y);
            }
            if (!rows.isEmpty()) {
                if (!captionTitle.isEmpty()) {
                    g.setColor(Color.decode(theme.hostStroke));
                    g.setStroke(new BasicStroke(1f));
                    g.draw(new Line2D.Double(PAD, y + 6, width - PAD, y + 6));
                    y += 12;
                }
                g.setFont(LEGEND);
                float ascent = LEGEND.getLineMetrics("Ag", FRC).getAscent();
                float descent = LEGEND.getLineMetrics("Ag", FRC).getDescent();
                for (List<Placed> row : rows) {
                    double cy = y + ROW / 2;
                    for (Placed p : row) {
                        double x = PAD + p.x();
                        paintMark(g, p.mark(), x, cy);
                        g.setColor(text);
                        g.drawString(p.mark().label, (float) (x + p.mark().markWidth() + MARK_GAP),
                                (float) (cy + (ascent - descent) / 2));
                    }
                    y += ROW;
                }
            }
        }

        private static double drawLine(Graphics2D g, String line, Font font, double y) {
            g.setFont(font);
            float ascent = font.getLineMetrics(line, FRC).getAscent();
            g.drawString(line, (float) PAD, (float) (y + ascent));
            return y + lineHeight(font);
        }

        /** Draws a mark centred vertically on cy, starting at x. */
        private void paintMark(Graphics2D g0, Mark m, double x, double cy) {
            Graphics2D g = (Graphics2D) g0.create();
            double cx = x + m.markWidth() / 2;
            switch (m) {
                case READ -> TrafficMark.READ.paint(g, cx, cy, 0.9);
                case WRITE -> TrafficMark.WRITE.paint(g, cx, cy, 0.9);
                case STALE -> TrafficMark.STALE.paint(g, cx, cy, 0.9);
                case REPLICATION -> TrafficMark.REPLICATION.paint(g, cx, cy, 0.9);
                case PROBE -> TrafficMark.PROBE.paint(g, cx, cy, 0.9);
                case FAILURE -> {
                    g.setColor(DiagramTheme.FAILURE);
                    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(cx - 5.5, cy - 5.5, cx + 5.5, cy + 5.5));
                    g.draw(new Line2D.Double(cx + 5.5, cy - 5.5, cx - 5.5, cy + 5.5));
                }
                case DOWN_BOX -> {
                    RoundRectangle2D r = new RoundRectangle2D.Double(x + 1, cy - 9, 26, 18, 6, 6);
                    g.setColor(Color.decode(theme.deadFill));
                    g.fill(r);
                    g.setColor(theme.downColor());
                    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                            new float[] {3, 2}, 0));
                    g.draw(r);
                    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(x + 5, cy - 5, x + 23, cy + 5));
                    g.draw(new Line2D.Double(x + 23, cy - 5, x + 5, cy + 5));
                }
                case WARN_BOX -> {
                    RoundRectangle2D r = new RoundRectangle2D.Double(x + 1, cy - 9, 26, 18, 6, 6);
                    g.setColor(Color.decode(theme.warnFill));
                    g.fill(r);
                    g.setColor(theme.warnColor());
                    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                            new float[] {4, 3}, 0));
                    g.draw(r);
                }
            }
            g.dispose();
        }

        private static Ellipse2D circle(double cx, double cy, double r) {
            return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        }
    }

    private static double lineHeight(Font f) {
        return Math.ceil(f.getSize2D() * 1.45);
    }

    private static double width(String text, Font f) {
        return f.getStringBounds(text, FRC).getWidth();
    }

    /** Breaks a line at spaces so that every piece fits the width (a single long word stays whole). */
    static List<String> wrap(String text, Font f, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate.strip(), f) > maxWidth) {
                lines.add(line.toString().strip());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    // ---- writing and reading PNG files ----------------------------------------------------

    /**
     * Renders and writes a PNG atomically (a temporary file in the same folder, then moved over
     * {@code file}), carrying the moment when there is one.
     *
     * @return the picture written
     */
    public static Picture write(Diagram diagram, Moment moment, Options o, Path file) throws IOException {
        Picture p = render(diagram, moment, o);
        save(p, moment, file);
        return p;
    }

    /**
     * Encodes a rendered picture (with the moment, when there is one) and writes it atomically.
     * Touches no JGraphX state: the app can {@link #render} on the EDT and save on another thread.
     */
    public static void save(Picture p, Moment moment, Path file) throws IOException {
        AtomicFile.write(file, encode(p.image(), moment == null ? null : MomentFile.toJson(moment), p.scale()));
    }

    /** The PNG bytes of an image, with the moment's JSON in an iTXt chunk (none when null). */
    public static byte[] encode(BufferedImage image, String momentJson, double scale) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no PNG writer");
        }
        ImageWriter w = writers.next();
        try {
            ImageWriteParam param = w.getDefaultWriteParam();
            IIOMetadata md = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
            // Pixels per metre: 96 dpi at 1x, so a 2x image is placed at the 1x size, crisply.
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String ppm = Long.toString(Math.round(96 * scale / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            IIOMetadataNode text = new IIOMetadataNode("tEXt");
            IIOMetadataNode software = new IIOMetadataNode("tEXtEntry");
            software.setAttribute("keyword", "Software");
            software.setAttribute("value", "InfraViz");
            text.appendChild(software);
            root.appendChild(text);
            if (momentJson != null) {
                IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", KEYWORD);
                entry.setAttribute("compressionFlag", "TRUE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", momentJson);
                itxt.appendChild(entry);
                root.appendChild(itxt);
            }
            md.mergeTree(PNG_METADATA, root);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(bytes)) {
                w.setOutput(ios);
                w.write(null, new IIOImage(image, null, md), param);
            }
            return bytes.toByteArray();
        } finally {
            w.dispose();
        }
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
            json = momentJson(png);
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

    /** The moment JSON in a PNG's text chunks, or null when it has none. */
    static String momentJson(Path png) throws IOException {
        if (!Files.exists(png)) {
            throw new NoSuchFileException(png.toString());
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            if (in == null) {
                throw new IOException("cannot open it");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = null;
            while (readers.hasNext()) {
                ImageReader r = readers.next();
                if (r.getFormatName().toLowerCase(Locale.ROOT).equals("png")) {
                    reader = r;
                    break;
                }
            }
            if (reader == null) {
                throw new IOException("not a PNG image");
            }
            try {
                reader.setInput(in, true, false);
                IIOMetadata md = reader.getImageMetadata(0);
                return find(md.getAsTree(PNG_METADATA));
            } finally {
                reader.dispose();
            }
        }
    }

    /** The text of the first iTXt, zTXt or tEXt entry with our keyword. */
    private static String find(Node root) {
        for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
            String valueAttribute = switch (chunk.getNodeName()) {
                case "iTXt", "zTXt" -> "text";
                case "tEXt" -> "value";
                default -> null;
            };
            if (valueAttribute == null) {
                continue;
            }
            for (Node e = chunk.getFirstChild(); e != null; e = e.getNextSibling()) {
                if (e instanceof IIOMetadataNode n && KEYWORD.equals(n.getAttribute("keyword"))) {
                    return n.getAttribute(valueAttribute);
                }
            }
        }
        return null;
    }

    private static String number(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
