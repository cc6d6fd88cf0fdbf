package io.infraviz.export;

import io.infraviz.scenario.JsonInput;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.InflaterInputStream;

/**
 * The PNG file format's side of an export: writing an image with its size in dpi and the moment's
 * JSON in an iTXt chunk with keyword {@value PngExporter#KEYWORD}, and finding that JSON again.
 */
final class PngMomentChunk {
    private static final String PNG_METADATA = "javax_imageio_png_1.0";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** A moment's compressed text chunk is read only up to this size (its text is at most a megabyte). */
    private static final int MAX_CHUNK_BYTES = 2 * 1_000_000;

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

    /**
     * The moment JSON in a PNG's text chunks, or null when it has none. The chunks are read one by
     * one, without decoding the picture, and the text is inflated only up to {@link JsonInput#MAX_BYTES}:
     * a small file whose text would inflate to hundreds of megabytes is refused, not read.
     *
     * @throws IOException for a file that is not a PNG, a damaged one, or a moment over the limit
     */
    static String momentJson(Path png) throws IOException {
        if (!Files.exists(png)) {
            throw new NoSuchFileException(png.toString());
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(png)))) {
            byte[] signature = new byte[PNG_SIGNATURE.length];
            if (in.read(signature) != signature.length || !Arrays.equals(signature, PNG_SIGNATURE)) {
                throw new IOException("not a PNG image");
            }
            while (true) {
                int length;
                byte[] type = new byte[4];
                try {
                    length = in.readInt();
                    in.readFully(type);
                } catch (EOFException e) {
                    throw new IOException("a damaged PNG image (it ends before its last chunk)");
                }
                String name = new String(type, StandardCharsets.US_ASCII);
                if (name.equals("IEND")) {
                    return null;
                }
                if (length < 0 || (name.equals("iTXt") && length > MAX_CHUNK_BYTES)) {
                    throw new IOException(length < 0 ? "a damaged PNG image" : "its moment is larger than InfraViz reads ("
                            + MAX_CHUNK_BYTES + " bytes)");
                }
                if (!name.equals("iTXt")) {
                    skip(in, length + 4L);
                    continue;
                }
                byte[] data = new byte[length];
                try {
                    in.readFully(data);
                    in.readInt();
                } catch (EOFException e) {
                    throw new IOException("a damaged PNG image (a text chunk is cut short)");
                }
                String text = itxtText(data);
                if (text != null) {
                    return text;
                }
            }
        }
    }

    /** The text of an iTXt chunk if its keyword is ours, else null (PNG specification, 11.3.4.5). */
    private static String itxtText(byte[] data) throws IOException {
        int keywordEnd = indexOf(data, 0);
        if (keywordEnd < 0 || keywordEnd + 2 >= data.length
                || !new String(data, 0, keywordEnd, StandardCharsets.ISO_8859_1).equals(PngExporter.KEYWORD)) {
            return null;
        }
        boolean compressed = data[keywordEnd + 1] != 0;
        int languageEnd = indexOf(data, keywordEnd + 3);
        int translatedEnd = languageEnd < 0 ? -1 : indexOf(data, languageEnd + 1);
        if (translatedEnd < 0) {
            throw new IOException("a damaged PNG image (its moment's text chunk is malformed)");
        }
        int from = translatedEnd + 1;
        if (!compressed) {
            return new String(data, from, data.length - from, StandardCharsets.UTF_8);
        }
        try (InputStream inflated = new InflaterInputStream(new ByteArrayInputStream(data, from, data.length - from))) {
            byte[] text = inflated.readNBytes(JsonInput.MAX_BYTES + 1);
            if (text.length > JsonInput.MAX_BYTES) {
                throw new IOException("its moment is larger than InfraViz reads (" + JsonInput.MAX_BYTES + " bytes)");
            }
            return new String(text, StandardCharsets.UTF_8);
        } catch (java.util.zip.ZipException e) {
            throw new IOException("a damaged PNG image (its moment cannot be decompressed)");
        }
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void skip(DataInputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("a damaged PNG image (it ends inside a chunk)");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
