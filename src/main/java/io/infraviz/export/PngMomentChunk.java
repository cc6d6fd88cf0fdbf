package io.infraviz.export;

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
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * The PNG file format's side of an export: writing an image with its size in dpi and the moment's
 * JSON in an iTXt chunk with keyword {@value PngExporter#KEYWORD}, and finding that JSON again.
 */
final class PngMomentChunk {
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    private PngMomentChunk() {
    }

    /** The PNG bytes of an image, with the moment's JSON in an iTXt chunk (none when null). */
    static byte[] encode(BufferedImage image, String momentJson, double scale) throws IOException {
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
                entry.setAttribute("keyword", PngExporter.KEYWORD);
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
            } catch (RuntimeException e) {
                // ImageIO's PNG reader throws unchecked exceptions on some damaged files (found by fuzzing).
                throw new IOException("a damaged PNG image", e);
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
                if (e instanceof IIOMetadataNode n && PngExporter.KEYWORD.equals(n.getAttribute("keyword"))) {
                    return n.getAttribute(valueAttribute);
                }
            }
        }
        return null;
    }
}
