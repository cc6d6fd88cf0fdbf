package io.infraviz.export;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.scenario.Moment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.infraviz.export.ExportFixtures.diagram;
import static io.infraviz.export.ExportFixtures.expectedWidth;
import static io.infraviz.export.ExportFixtures.moment;
import static org.assertj.core.api.Assertions.assertThat;

/** SVG export: well-formed, on the theme's background, every box and label there, dead parts crossed out. */
class SvgExporterTest {
    @TempDir
    Path dir;

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isWellFormedSvgWithEveryComponentLabel() throws Exception {
        Moment m = moment();
        Diagram d = diagram(m, DiagramTheme.LIGHT);
        String svg = SvgExporter.toSvg(d, 1, false);
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(Integer.parseInt(root.getAttribute("width"))).isCloseTo(expectedWidth(d, 1), org.assertj.core.data.Offset.offset(12));
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");

        StringBuilder texts = new StringBuilder();
        NodeList list = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < list.getLength(); i++) {
            texts.append(list.item(i).getTextContent()).append('\n');
        }
        for (String label : new String[] {"Nginx", "App server", "App files", "MySQL", "HAProxy", "DNS", "Users",
                "Primary", "Replica", "web-01 (server 2 of 3)", "lb-01 (server 1 of 3)"}) {
            assertThat(texts.toString()).as("label").contains(label);
        }
        // One box per host and component, at least: the custom shape became a rectangle.
        int boxes = d.topology().hosts().size() + d.topology().components().size();
        assertThat(doc.getElementsByTagNameNS("*", "rect").getLength()).isGreaterThan(boxes);
        // The background is the theme's canvas; icons are inlined, not linked.
        Element bg = (Element) doc.getElementsByTagNameNS("*", "rect").item(0);
        assertThat(bg.getAttribute("fill")).isEqualTo(DiagramTheme.hex(DiagramTheme.LIGHT.canvas()));
        assertThat(svg).doesNotContain("href").contains("<path");
    }

    @Test
    void deadComponentsAreCrossedOutAndTransparentLeavesOutTheBackground() throws Exception {
        Moment m = moment("web-02");
        Diagram d = diagram(m, DiagramTheme.DARK);
        Document doc = parse(SvgExporter.toSvg(d, 2, true));
        // Four components on web-02, two strokes each.
        assertThat(doc.getElementsByTagNameNS("*", "line").getLength()).isEqualTo(8);
        Element first = (Element) doc.getElementsByTagNameNS("*", "rect").item(0);
        assertThat(first.getAttribute("fill")).isNotEqualTo(DiagramTheme.hex(DiagramTheme.DARK.canvas()));
        assertThat(doc.getDocumentElement().getTextContent()).contains("DOWN");
    }

    @Test
    void writesAtomically() throws Exception {
        Moment m = moment();
        Path file = dir.resolve("d.svg");
        Diagram d = diagram(m, DiagramTheme.LIGHT);
        int[] size = SvgExporter.write(d, 2, false, file);
        assertThat(size[0]).isCloseTo(expectedWidth(d, 2), org.assertj.core.data.Offset.offset(24));
        parse(Files.readString(file));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
