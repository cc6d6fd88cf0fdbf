package io.infraviz.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The one strict way the app reads its JSON files (topologies, lessons, saved runs and the run a
 * PNG carries). It refuses, with the file, line and column, what a lenient parser lets through:
 * files over {@link #MAX_BYTES} (checked before reading), text that is not UTF-8, a truncated
 * file, anything after the closing brace, NaN or Infinity, numbers out of range, nesting deeper
 * than {@link #MAX_DEPTH} and duplicate fields. A UTF-8 byte-order mark is accepted. The result
 * remembers where each field is, so later checks can point at the line of the field they refuse.
 */
public final class JsonInput {
    /** The largest file read: 1 MB, far above any real topology, lesson or saved run. */
    public static final int MAX_BYTES = 1_000_000;
    /** The deepest nesting of objects and lists; the formats need 5. */
    public static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** An input that cannot be used; the message is one line naming the source, the place and the problem. */
    public static final class BadJson extends Exception {
        public BadJson(String message) {
            super(message);
        }
    }

    /**
     * A parsed document: its tree and where each field or element is in the text, by its clean
     * path ({@code hosts[2].id}; the root is {@code ""}).
     */
    public record Document(String source, JsonNode root, Map<String, JsonLocation> places) {
        /** The problem at {@code path}, with its line and column when known. */
        public BadJson bad(String path, String problem) {
            JsonLocation at = places.get(path);
            for (String p = path; at == null && !p.isEmpty(); p = parent(p)) {
                at = places.get(parent(p)); // a missing field: point at the object that lacks it
            }
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String field = path.isEmpty() ? "" : " (field " + path + ")";
            return new BadJson(source + where + field + ": " + problem);
        }

        private static String parent(String path) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            return cut < 0 ? "" : path.substring(0, cut);
        }

        /** The node at a clean path, as recorded while parsing. */
        public boolean knows(String path) {
            return places.containsKey(path);
        }
    }

    private JsonInput() {
    }

    /** Reads a file, refusing it before reading when it is larger than {@link #MAX_BYTES}. */
    public static Document read(Path file) throws BadJson {
        String source = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadJson(source + ": the file is " + size + " bytes; the limit is " + MAX_BYTES + " bytes (1 MB)");
            }
            if (Files.isDirectory(file)) {
                throw new BadJson(source + ": is a folder, not a file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadJson(source + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadJson(source + ": permission denied");
        } catch (IOException e) {
            throw new BadJson(source + ": cannot read it (" + e.getMessage() + ")");
        }
        return parse(bytes, source);
    }

    /** Parses text already in memory (a built-in lesson, the run a PNG carries). */
    public static Document parse(String text, String source) throws BadJson {
        return parse(text.getBytes(StandardCharsets.UTF_8), source);
    }

    /** Parses UTF-8 bytes, with or without a byte-order mark. */
    public static Document parse(byte[] bytes, String source) throws BadJson {
        if (bytes.length > MAX_BYTES) {
            throw new BadJson(source + ": " + bytes.length + " bytes; the limit is " + MAX_BYTES + " bytes (1 MB)");
        }
        int start = startsWithBom(bytes) ? BOM.length : 0;
        String text = utf8(bytes, start, source);
        Map<String, JsonLocation> places = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new BadJson(source + " at line 1, column 1: the file is empty");
            }
            JsonNode root = new TreeReader(p, places, source).value("", 0);
            JsonLocation after = textAfter(p);
            if (after != null) {
                throw at(source, after, "unexpected text after the end of the JSON document");
            }
            return new Document(source, root, places);
        } catch (StreamConstraintsException e) {
            throw new BadJson(source + ": nested more than " + MAX_DEPTH + " levels deep");
        } catch (StreamReadException e) {
            throw at(source, e.getLocation(), problem(e));
        } catch (IOException e) {
            throw new BadJson(source + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    /** Where text after the document starts, or null when there is none. */
    private static JsonLocation textAfter(JsonParser p) {
        try {
            return p.nextToken() == null ? null : p.currentTokenLocation();
        } catch (StreamReadException e) {
            return e.getLocation();
        } catch (IOException e) {
            return p.currentLocation();
        }
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2];
    }

    /** Decodes strictly; on a bad byte, names the line it is on. */
    private static String utf8(byte[] bytes, int start, String source) throws BadJson {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstBadByte(bytes, start);
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new BadJson(source + " at line " + line + ": not UTF-8 text (the byte at offset " + bad + " is not valid UTF-8)");
        }
    }

    private static int firstBadByte(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var result = decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static BadJson at(String source, JsonLocation loc, String problem) {
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return new BadJson(source + where + ": " + problem);
    }

    /** The parser's complaint without its internals (feature names, source excerpts). */
    private static String problem(StreamReadException e) {
        String m = e.getOriginalMessage();
        if (m.contains("end-of-input") || m.contains("EOF")) {
            return "the file ends too early (truncated?)";
        }
        if (m.contains("NaN") || m.contains("Infinity") || m.contains("NON_NUMERIC")) {
            return "NaN and Infinity are not numbers JSON allows";
        }
        if (m.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        if (m.startsWith("Duplicate field")) {
            return m.replace("Duplicate field", "field").replace("\"", "'") + " appears twice";
        }
        if (m.contains("ALLOW_COMMENTS")) {
            return "not valid JSON: comments (// or /* */) are not allowed";
        }
        if (m.contains("CTRL-CHAR")) {
            return "not valid JSON: a control character inside text (write it as an escape, such as \\n)";
        }
        if (m.contains("0xfffd") || m.contains("Invalid UTF-8")) {
            return "not valid JSON: bytes that are not UTF-8 text";
        }
        java.util.regex.Matcher unexpected = java.util.regex.Pattern.compile("Unexpected character \\('(.+?)' \\(code").matcher(m);
        if (unexpected.find()) {
            String c = "'" + unexpected.group(1) + "'";
            if (m.contains("expected a valid value")) {
                return "not valid JSON: " + c + " where a value should be (text in double quotes, a number, true, false, "
                        + "null, a list or an object)";
            }
            if (m.contains("double-quote to start field name")) {
                return "not valid JSON: " + c + " where a field name in double quotes should be";
            }
            if (m.contains("comma to separate")) {
                return "not valid JSON: " + c + " where a comma or the closing " + (m.contains("Object") ? "}" : "]") + " should be";
            }
            return "not valid JSON: unexpected " + c;
        }
        int cut = m.indexOf(": was expecting");
        if (cut < 0) {
            cut = m.indexOf(" (for ");
        }
        String first = (cut < 0 ? m : m.substring(0, cut)).lines().findFirst().orElse(m);
        return "not valid JSON: " + first.replaceAll("\\s*\\(code \\d+\\)", "").replace("\n", " ");
    }

    /** Builds the tree token by token, noting where each path is. */
    private record TreeReader(JsonParser p, Map<String, JsonLocation> places, String source) {
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        JsonNode value(String path, int depth) throws IOException, BadJson {
            places.putIfAbsent(path, p.currentTokenLocation());
            if (depth > MAX_DEPTH) {
                throw at(source, p.currentTokenLocation(), "nested more than " + MAX_DEPTH + " levels deep");
            }
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT:
                    ObjectNode o = NODES.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        String child = path.isEmpty() ? name : path + "." + name;
                        places.put(child, p.currentTokenLocation());
                        p.nextToken();
                        o.set(name, value(child, depth + 1));
                    }
                    return o;
                case START_ARRAY:
                    ArrayNode a = NODES.arrayNode();
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        a.add(value(path + "[" + i + "]", depth + 1));
                    }
                    return a;
                case VALUE_STRING:
                    return NODES.textNode(p.getText());
                case VALUE_NUMBER_INT:
                    return switch (p.getNumberType()) {
                        case INT -> NODES.numberNode(p.getIntValue());
                        case LONG -> NODES.numberNode(p.getLongValue());
                        default -> NODES.numberNode(p.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT:
                    double d = p.getDoubleValue();
                    if (!Double.isFinite(d)) {
                        throw at(source, p.currentTokenLocation(), "the number " + p.getText() + " is out of range");
                    }
                    return NODES.numberNode(d);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw at(source, p.currentTokenLocation(), "not valid JSON: unexpected " + t);
            }
        }
    }
}
