package io.infraviz.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Checks a parsed document against the records a format is read into, before anything is bound:
 * every field known (an unknown one is refused at its own line, with the closest known name),
 * every value of the right type, no null in a list. Binding what passed cannot fail, so the
 * loaders' messages never show the JSON library's internals.
 */
public final class JsonShape {
    /** The version of every format this build reads and writes; a file without {@code version} is version 1. */
    public static final int CURRENT_VERSION = 1;
    /**
     * The fields every format's top object may have besides its own: {@code version} and
     * {@code $schema}, the address of the format's JSON Schema (docs/*.schema.json), which tells
     * an editor how to check the file while it is written; the app only checks that it is text.
     */
    public static final java.util.Set<String> HEADER_FIELDS = java.util.Set.of("version", "$schema");

    private final JsonInput.Document doc;
    private final UnaryOperator<String> naming;

    private JsonShape(JsonInput.Document doc, UnaryOperator<String> naming) {
        this.doc = doc;
        this.naming = naming;
    }

    /**
     * Checks the object at {@code path} against {@code type} and binds it.
     *
     * @param naming the JSON name of a record component (snake_case for lessons)
     * @throws JsonInput.BadJson naming the place and the problem
     */
    public static <T extends Record> T bind(JsonInput.Document doc, String path, JsonNode node, Class<T> type,
                                            UnaryOperator<String> naming, ObjectMapper mapper) throws JsonInput.BadJson {
        if (node == null || !node.isObject()) {
            throw doc.bad(path, "expected an object, found " + kind(node));
        }
        checkHeader(doc, path, node);
        ObjectNode body = ((ObjectNode) node).deepCopy();
        body.remove(HEADER_FIELDS);
        new JsonShape(doc, naming).check(body, type, path);
        try {
            return mapper.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw doc.bad(path, "cannot be read (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /**
     * Checks the {@link #HEADER_FIELDS} of the object at {@code path}: an optional {@code version},
     * a whole number from 1 to {@link #CURRENT_VERSION}, and an optional {@code $schema}, text.
     */
    public static void checkHeader(JsonInput.Document doc, String path, JsonNode node) throws JsonInput.BadJson {
        JsonNode schema = node.get("$schema");
        if (schema != null && !schema.isTextual()) {
            throw doc.bad(join(path, "$schema"), "expected text (the address of the file's JSON Schema), found " + kind(schema));
        }
        JsonNode v = node.get("version");
        if (v == null) {
            return;
        }
        String at = join(path, "version");
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw doc.bad(at, "expected a whole number of 1 or more, found " + kind(v));
        }
        if (v.intValue() > CURRENT_VERSION) {
            throw doc.bad(at, "version " + v.intValue() + " was written by a newer InfraViz; this one reads up to version "
                    + CURRENT_VERSION);
        }
    }

    private void check(JsonNode node, Type type, String path) throws JsonInput.BadJson {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == Object.class) {
            return;
        }
        if (node.isNull()) {
            if (raw.isPrimitive()) {
                throw doc.bad(path, "expected " + expected(raw) + ", found null");
            }
            return;
        }
        if (raw.isRecord()) {
            checkRecord(node, raw, path);
        } else if (List.class.isAssignableFrom(raw)) {
            checkList(node, ((ParameterizedType) type).getActualTypeArguments()[0], path);
        } else if (Map.class.isAssignableFrom(raw)) {
            checkMap(node, path);
        } else if (!fits(node, raw)) {
            throw doc.bad(path, "expected " + expected(raw) + ", found " + kind(node));
        }
    }

    private void checkRecord(JsonNode node, Class<?> type, String path) throws JsonInput.BadJson {
        if (!node.isObject()) {
            throw doc.bad(path, "expected an object, found " + kind(node));
        }
        RecordComponent[] parts = type.getRecordComponents();
        List<String> names = Arrays.stream(parts).map(c -> naming.apply(c.getName())).toList();
        Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (!names.contains(f)) {
                throw doc.bad(join(path, f), "unknown field '" + f + "'" + suggestion(f, names));
            }
        }
        for (int i = 0; i < parts.length; i++) {
            JsonNode child = node.get(names.get(i));
            String at = join(path, names.get(i));
            if (child == null) {
                if (parts[i].getType().isPrimitive()) {
                    throw doc.bad(at, "missing");
                }
                continue;
            }
            check(child, parts[i].getGenericType(), at);
        }
    }

    private void checkList(JsonNode node, Type element, String path) throws JsonInput.BadJson {
        if (!node.isArray()) {
            throw doc.bad(path, "expected a list, found " + kind(node));
        }
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            if (node.get(i).isNull()) {
                throw doc.bad(at, "null where " + expected(element) + " belongs");
            }
            check(node.get(i), element, at);
        }
    }

    private void checkMap(JsonNode node, String path) throws JsonInput.BadJson {
        checkMap(node, path, true);
    }

    /** Values are plain, or (one level down, {@code nested}) objects of plain values: {"weight": {"web-01": 3}}. */
    private void checkMap(JsonNode node, String path, boolean nested) throws JsonInput.BadJson {
        if (!node.isObject()) {
            throw doc.bad(path, "expected an object, found " + kind(node));
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (nested && e.getValue().isObject()) {
                checkMap(e.getValue(), join(path, e.getKey()), false);
            } else if (e.getValue().isNull() || e.getValue().isContainerNode()) {
                throw doc.bad(join(path, e.getKey()), "expected a number, text or true/false, found " + kind(e.getValue()));
            }
        }
    }

    private static boolean fits(JsonNode node, Class<?> raw) {
        if (raw == String.class) {
            return node.isTextual();
        }
        if (raw == Integer.class || raw == int.class) {
            return node.isIntegralNumber() && node.canConvertToInt();
        }
        if (raw == Long.class || raw == long.class) {
            return node.isIntegralNumber() && node.canConvertToLong();
        }
        if (raw == Double.class || raw == double.class) {
            return node.isNumber() && Double.isFinite(node.doubleValue());
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return node.isBoolean();
        }
        throw new IllegalStateException("no JSON shape for " + raw);
    }

    private static String expected(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return "text";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "a whole number";
        }
        if (raw == Double.class || raw == double.class) {
            return "a number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        return List.class.isAssignableFrom(raw) ? "a list" : "an object";
    }

    /** What a value is, in words, for "expected ..., found ...". */
    public static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        return switch (v.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text \"" + shorten(v.asText()) + "\"";
            case NUMBER -> "the number " + v;
            case BOOLEAN -> v.toString();
            case NULL -> "null";
            default -> "something else";
        };
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "..." : one;
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** ", did you mean 'x'?" for the closest known name, or the list of known names when none is close. */
    public static String suggestion(String name, List<String> known) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        String best = known.stream().filter(k -> k.startsWith(n) || n.startsWith(k)).findFirst()
                .or(() -> known.stream().filter(k -> distance(n, k) <= Math.max(2, k.length() / 3))
                        .min(Comparator.comparingInt(k -> distance(n, k))))
                .orElse(null);
        if (best != null && !n.isEmpty()) {
            return "; did you mean '" + best + "'?";
        }
        return " (known fields: " + String.join(", ", known) + ")";
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
