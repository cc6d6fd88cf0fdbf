package io.infraviz.export;

import com.mxgraph.canvas.mxSvgCanvas;
import com.mxgraph.util.mxConstants;
import com.mxgraph.util.mxUtils;
import com.mxgraph.view.mxCellState;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SVG canvas, taught the diagram's component shape: it draws the box as a rounded
 * rectangle (with the arc size the screen uses), then the icon and, for a dead component, the
 * cross; labels follow as text.
 */
final class SvgCanvas extends mxSvgCanvas {
    /** The attributes of an icon's root element that shape its drawing. */
    private static final Set<String> DRAWING_ATTRIBUTES = Set.of("fill", "stroke-width", "stroke-linecap",
            "stroke-linejoin");
    private static final Map<String, Element> ICONS = new HashMap<>();

    SvgCanvas(Document document) {
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
            try (InputStream in = SvgCanvas.class.getResourceAsStream("/icons/" + n + ".svg")) {
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

    private static String number(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
