package io.infraviz.export;

import com.mxgraph.canvas.mxICanvas;
import com.mxgraph.util.mxCellRenderer;
import com.mxgraph.util.mxDomUtils;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.view.mxGraph;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Fonts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Exports a {@link Diagram}, as it currently shows, as SVG: boxes, links and labels as vector
 * shapes and text on the theme's background (or none), with the component icons inlined and dead
 * components crossed out, as on screen. Call from one thread at a time (the EDT when the diagram
 * is on screen).
 */
public final class SvgExporter {
    private SvgExporter() {
    }

    /**
     * The SVG of the diagram as it currently shows.
     *
     * @param scale       size in pixels per diagram unit (the drawing is vector; this sets its width
     *                    and height)
     * @param transparent leave out the background
     */
    public static String toSvg(Diagram diagram, double scale, boolean transparent) {
        PngExporter.checkScale(scale);
        Document doc = render(diagram, scale, transparent);
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise the SVG", e);
        }
    }

    /**
     * Writes the SVG atomically (a temporary file in the same folder, then moved over the file).
     *
     * @return the SVG's size in pixels, {width, height}
     */
    public static int[] write(Diagram diagram, double scale, boolean transparent, Path file) throws IOException {
        String svg = toSvg(diagram, scale, transparent);
        io.infraviz.scenario.AtomicFile.write(file, svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return size(svg);
    }

    /** The width and height attributes of an SVG this class wrote. */
    static int[] size(String svg) {
        return new int[] {attribute(svg, "width"), attribute(svg, "height")};
    }

    private static int attribute(String svg, String name) {
        int root = svg.indexOf("<svg");
        int i = svg.indexOf(" " + name + "=\"", root);
        int start = i + name.length() + 3;
        return (int) Math.round(Double.parseDouble(svg.substring(start, svg.indexOf('"', start))));
    }

    /** The SVG document: drawn at scale 1 with a margin; width and height say how large to show it. */
    static Document render(Diagram diagram, double scale, boolean transparent) {
        mxGraph graph = diagram.graph();
        DiagramTheme theme = diagram.theme();
        Object[] cells = {graph.getModel().getRoot()};
        mxRectangle clip = DrawnBounds.around(graph, 1, cells, PngExporter.MARGIN);
        double w = clip.getWidth();
        double h = clip.getHeight();
        SvgCanvas canvas = (SvgCanvas) mxCellRenderer.drawCells(graph, cells, 1, clip, new mxCellRenderer.CanvasFactory() {
            @Override
            public mxICanvas createCanvas(int width, int height) {
                SvgCanvas c = new SvgCanvas(mxDomUtils.createSvgDocument(width, height));
                c.setEmbedded(true);
                return c;
            }
        });
        if (canvas == null) {
            throw DrawnBounds.empty();
        }
        Document doc = canvas.getDocument();
        Element root = doc.getDocumentElement();
        int width = (int) w + 1;
        int height = (int) h + 1;
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("width", Long.toString(Math.round(width * scale)));
        root.setAttribute("height", Long.toString(Math.round(height * scale)));
        root.setAttribute("font-family", Fonts.SVG_FAMILIES);
        if (!transparent) {
            Element bg = doc.createElement("rect");
            bg.setAttribute("x", "0");
            bg.setAttribute("y", "0");
            bg.setAttribute("width", Integer.toString(width));
            bg.setAttribute("height", Integer.toString(height));
            bg.setAttribute("fill", DiagramTheme.hex(theme.canvas()));
            root.insertBefore(bg, root.getFirstChild());
        }
        Element title = doc.createElement("title");
        title.appendChild(doc.createTextNode(diagram.topology().title() + " — " + CaptionText.whatIsDown(diagram)));
        root.insertBefore(title, root.getFirstChild());
        return doc;
    }
}
