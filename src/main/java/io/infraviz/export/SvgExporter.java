package io.infraviz.export;

import com.mxgraph.canvas.mxICanvas;
import com.mxgraph.canvas.mxSvgCanvas;
import com.mxgraph.util.mxCellRenderer;
import com.mxgraph.util.mxConstants;
import com.mxgraph.util.mxDomUtils;
import com.mxgraph.util.mxRectangle;
import com.mxgraph.util.mxUtils;
import com.mxgraph.view.mxCellState;
import com.mxgraph.view.mxGraph;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Fonts;
import io.infraviz.diagram.IconShape;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exports a {@link Diagram}, as it currently shows, as SVG: boxes, links and labels as vector
 * shapes and text on the theme's background (or none), with the component icons inlined and dead
 * components crossed out, as on screen. Call from one thread at a time (the EDT when the diagram
 * is on screen).
 */
public final class SvgExporter {
    /** The attributes of an icon's root element that shape its drawing. */
    private static final java.util.Set<String> DRAWING_ATTRIBUTES = java.util.Set.of("fill", "stroke-width",
            "stroke-linecap", "stroke-linejoin");

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
        Canvas canvas = (Canvas) mxCellRenderer.drawCells(graph, cells, 1, clip, new mxCellRenderer.CanvasFactory() {
            @Override
            public mxICanvas createCanvas(int width, int height) {
                Canvas c = new Canvas(mxDomUtils.createSvgDocument(width, height));
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

    /**
     * The SVG canvas, taught the diagram's component shape: it draws the box as a rounded
     * rectangle (with the arc size the screen uses), then the icon and, for a dead component, the
     * cross; labels follow as text.
     */
    static final class Canvas extends mxSvgCanvas {
        private static final Map<String, Element> ICONS = new HashMap<>();

        Canvas(Document document) {
            super(document);
        }

        @Override
        public Element drawShape(int x, int y, int w, int h, Map<String, Object> style) {
            Element e = super.drawShape(x, y, w, h, style);
            if (e != null && e.getNodeName().equals("rect") && mxUtils.isTrue(style, mxConstants.STYLE_ROUNDED, false)) {
                double arc = mxUtils.getDouble(style, mxConstants.STYLE_ARCSIZE, mxConstants.RECTANGLE_ROUNDING_FACTOR * 100);
                String r = number(Math.min(w, h) * arc / 100);
                e.setAttribute("rx", r);
                e.setAttribute("ry", r);
            }
            return e;
        }

        @Override
        public Object drawCell(mxCellState state) {
            Object drawn = super.drawCell(state);
            Map<String, Object> style = state.getStyle();
            if (state.getAbsolutePointCount() > 1 || !IconShape.NAME.equals(mxUtils.getString(style, mxConstants.STYLE_SHAPE))) {
                return drawn;
            }
            double x = state.getX() + translate.getX();
            double y = state.getY() + translate.getY();
            double w = state.getWidth();
            double h = state.getHeight();
            String color = mxUtils.getString(style, mxConstants.STYLE_FONTCOLOR,
                    DiagramTheme.hex(IconShape.DEFAULT_INK));
            Element icon = icon(mxUtils.getString(style, IconShape.ICON, null));
            if (icon != null) {
                double size = 30 * scale;
                // A group, not a nested <svg>: every renderer draws a translated, scaled group.
                Element svg = document.createElement("g");
                NamedNodeMap attrs = icon.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Node a = attrs.item(i);
                    if (DRAWING_ATTRIBUTES.contains(a.getNodeName())) {
                        svg.setAttribute(a.getNodeName(), a.getNodeValue());
                    }
                }
                svg.setAttribute("transform", "translate(" + number(Math.round(x + w / 2 - size / 2)) + " "
                        + number(Math.round(y + 9 * scale)) + ") scale(" + number(size / 24) + ")");
                svg.setAttribute("stroke", color);
                for (Node c = icon.getFirstChild(); c != null; c = c.getNextSibling()) {
                    svg.appendChild(document.importNode(c, true));
                }
                appendSvgElement(svg);
            }
            if ("1".equals(mxUtils.getString(style, IconShape.CROSSED, "0"))) {
                String stroke = mxUtils.getString(style, mxConstants.STYLE_STROKECOLOR,
                        DiagramTheme.hex(IconShape.DEFAULT_CROSS));
                double inset = 6 * scale;
                Element g = document.createElement("g");
                g.setAttribute("stroke", stroke);
                g.setAttribute("stroke-width", number(3 * scale));
                g.setAttribute("stroke-linecap", "round");
                g.appendChild(line(x + inset, y + inset, x + w - inset, y + h - inset));
                g.appendChild(line(x + w - inset, y + inset, x + inset, y + h - inset));
                appendSvgElement(g);
            }
            return drawn;
        }

        @Override
        public Object drawText(String text, int x, int y, int w, int h, Map<String, Object> style) {
            Map<String, Object> s = new HashMap<>(style);
            s.put(mxConstants.STYLE_FONTFAMILY, Fonts.SVG_FAMILIES);
            Object drawn = super.drawText(text, x, y, w, h, s);
            if (drawn instanceof Element e) {
                spreadLines(e, mxUtils.getInt(style, mxConstants.STYLE_FONTSIZE, mxConstants.DEFAULT_FONTSIZE) * scale);
            }
            return drawn;
        }

        /**
         * Puts every line of a label in its own text element (renderers disagree on anchoring
         * several tspans of one text), spaced as on screen (JGraphX sets lines one font size
         * apart), keeping the block's centre.
         */
        private static void spreadLines(Element text, double fontSize) {
            text.setAttribute("xml:space", "preserve");
            List<Element> lines = new ArrayList<>();
            for (Node c = text.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element t && t.getNodeName().equals("tspan")) {
                    lines.add(t);
                }
            }
            if (lines.size() < 2 || text.getParentNode() == null) {
                return;
            }
            double first = Double.parseDouble(lines.get(0).getAttribute("y"));
            double last = Double.parseDouble(lines.get(lines.size() - 1).getAttribute("y"));
            double centre = (first + last) / 2;
            double step = fontSize * 1.2;
            Document doc = text.getOwnerDocument();
            Element group = doc.createElement("g");
            for (int i = 0; i < lines.size(); i++) {
                Element one = (Element) text.cloneNode(false);
                one.setAttribute("x", lines.get(i).getAttribute("x"));
                one.setAttribute("y", number(centre + (i - (lines.size() - 1) / 2.0) * step));
                one.appendChild(doc.createTextNode(lines.get(i).getTextContent()));
                group.appendChild(one);
            }
            text.getParentNode().replaceChild(group, text);
        }

        private Element line(double x1, double y1, double x2, double y2) {
            Element l = document.createElement("line");
            l.setAttribute("x1", number(x1));
            l.setAttribute("y1", number(y1));
            l.setAttribute("x2", number(x2));
            l.setAttribute("y2", number(y2));
            return l;
        }

        /** The icon's root {@code <svg>} element (parsed once), or null when there is no such icon. */
        private static synchronized Element icon(String name) {
            if (name == null) {
                return null;
            }
            return ICONS.computeIfAbsent(name, n -> {
                try (InputStream in = SvgExporter.class.getResourceAsStream("/icons/" + n + ".svg")) {
                    if (in == null) {
                        return null;
                    }
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    DocumentBuilder b = f.newDocumentBuilder();
                    Element root = b.parse(in).getDocumentElement();
                    root.removeAttribute("class");
                    root.removeAttribute("xmlns");
                    // The outer document declares the SVG namespace; keep only the drawing attributes.
                    NamedNodeMap attrs = root.getAttributes();
                    for (int i = attrs.getLength() - 1; i >= 0; i--) {
                        Node a = attrs.item(i);
                        if (a.getNodeName().startsWith("xmlns")) {
                            root.removeAttribute(a.getNodeName());
                        }
                    }
                    stripWhitespace(root);
                    return root;
                } catch (IOException | SAXException | ParserConfigurationException e) {
                    return null;
                }
            });
        }

        private static void stripWhitespace(Node n) {
            Node c = n.getFirstChild();
            while (c != null) {
                Node next = c.getNextSibling();
                if (c.getNodeType() == Node.TEXT_NODE && c.getTextContent().isBlank()) {
                    n.removeChild(c);
                } else {
                    stripWhitespace(c);
                }
                c = next;
            }
        }
    }

    private static String number(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
