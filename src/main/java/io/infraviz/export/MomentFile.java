package io.infraviz.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.model.Fault;
import io.infraviz.model.Limits;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.model.settings.Settings;
import io.infraviz.scenario.JsonInput;
import io.infraviz.scenario.JsonShape;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.TopologyFile;
import io.infraviz.sim.fault.FaultRules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Moment} as JSON: what an exported PNG carries so that opening it restores the moment.
 *
 * <pre>
 * {"version": 1,
 *  "format": "infraviz-moment/1",
 *  "topology": {...the shape of a topology file...},
 *  "settings": {...},
 *  "seed": 1,
 *  "actions": [{"at_us": 0, "fault": "kill:web-02"}, {"at_us": 5000000, "settings": {...}}],
 *  "time_us": 10000000}
 * </pre>
 *
 * Its JSON Schema is docs/run.schema.json. Settings fields a file lacks (written by another version) take the classroom preset's values
 * (for an action's settings: the moment's settings). Anything else wrong rejects the file whole,
 * with a message naming the source, the place (line and column, or field) and the problem.
 */
public final class MomentFile {
    /** The value of the {@code format} field this version writes and reads. */
    public static final String FORMAT = "infraviz-moment/1";

    /**
     * Settings are read strictly, as docs/run.schema.json says: no text for a number or a switch
     * ("2000", "" for false), no fraction for a whole number (2000.5).
     */
    private static final ObjectMapper MAPPER = strictMapper();

    private static final Set<String> FIELDS = java.util.stream.Stream.concat(JsonShape.HEADER_FIELDS.stream(),
            java.util.stream.Stream.of("format", "topology", "settings", "seed", "actions", "time_us")).collect(
            java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ACTION_FIELDS = Set.of("at_us", "fault", "settings");

    private static ObjectMapper strictMapper() {
        var builder = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        for (LogicalType t : List.of(LogicalType.Boolean, LogicalType.Integer, LogicalType.Float)) {
            builder.withCoercionConfig(t, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        }
        return builder.build();
    }

    /** A moment that cannot be used; the message says where and why. */
    public static final class BadMomentFile extends Exception {
        public BadMomentFile(String message) {
            super(message);
        }
    }

    private MomentFile() {
    }

    /** The moment as JSON (UTF-8 text, indented). */
    public static String toJson(Moment m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", JsonShape.CURRENT_VERSION);
        root.put("format", FORMAT);
        root.set("topology", TopologyFile.toTree(m.topology()));
        root.set("settings", MAPPER.valueToTree(m.settings()));
        root.put("seed", m.seed());
        ArrayNode actions = root.putArray("actions");
        for (Moment.Action a : m.actions()) {
            ObjectNode o = actions.addObject();
            o.put("at_us", a.atUs());
            if (a.fault() != null) {
                o.put("fault", a.fault());
            } else {
                o.set("settings", MAPPER.valueToTree(a.newSettings()));
            }
        }
        root.put("time_us", m.timeUs());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a moment as JSON", e);
        }
    }

    /** Saves a run to a file (atomically), to open again later. */
    public static void write(Moment m, java.nio.file.Path file) throws java.io.IOException {
        io.infraviz.scenario.AtomicFile.write(file, toJson(m).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Reads a moment.
     *
     * @param sourceName names the text in messages, e.g. the PNG's file name
     * @throws BadMomentFile naming the source, the place and the problem
     */
    public static Moment fromJson(String json, String sourceName) throws BadMomentFile {
        try {
            return fromDocument(JsonInput.parse(json, sourceName));
        } catch (JsonInput.BadJson e) {
            throw new BadMomentFile(e.getMessage());
        }
    }

    /** True when a document is a saved run rather than a topology: it has the {@code format} field. */
    public static boolean isMoment(JsonInput.Document doc) {
        return doc.root().has("format");
    }

    /**
     * Reads a moment from a parsed document (a saved run opened as a file).
     *
     * @throws BadMomentFile naming the source, the place and the problem
     */
    public static Moment fromDocument(JsonInput.Document src) throws BadMomentFile {
        JsonNode root = src.root();
        if (!root.isObject()) {
            throw bad(src, "", "expected a JSON object, found " + JsonShape.kind(root));
        }
        unknownFields(src, root, FIELDS, "");
        try {
            JsonShape.checkHeader(src, "", root);
        } catch (JsonInput.BadJson e) {
            throw new BadMomentFile(e.getMessage());
        }
        JsonNode format = required(src, root, "format");
        if (!format.isTextual()) {
            throw bad(src, "format", "expected text, found " + JsonShape.kind(format));
        }
        if (!FORMAT.equals(format.asText())) {
            throw bad(src, "format", "unsupported format '" + format.asText() + "' (this version reads " + FORMAT + ")");
        }
        Topology topology;
        try {
            required(src, root, "topology");
            topology = TopologyFile.fromTree(src, "topology");
        } catch (TopologyFile.BadTopologyFile e) {
            throw new BadMomentFile(e.getMessage());
        }
        SimulationSettings settings = settings(src, required(src, root, "settings"),
                MAPPER.valueToTree(Preset.CLASSROOM.settings()), "settings");
        long seed = integer(src, required(src, root, "seed"), "seed");
        long time = time(src, required(src, root, "time_us"), "time_us");
        checkSettings(src, settings, topology, "settings");
        List<Moment.Action> actions = new ArrayList<>();
        JsonNode list = root.get("actions");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw bad(src, "actions", "expected a list, found " + JsonShape.kind(list));
            }
            JsonNode settingsTree = MAPPER.valueToTree(settings);
            for (int i = 0; i < list.size(); i++) {
                actions.add(action(src, list.get(i), "actions[" + i + "]", settingsTree, topology));
            }
        }
        long interval = settings.traffic().intervalMicros();
        for (Moment.Action a : actions) {
            interval = a.newSettings() == null ? interval : Math.min(interval, a.newSettings().traffic().intervalMicros());
        }
        if (time / Math.max(1, interval) > Limits.MAX_REPLAY_REQUESTS) {
            throw bad(src, "time_us", "opening it would replay about " + String.format(java.util.Locale.ROOT, "%,d", time / interval)
                    + " requests from time 0; InfraViz replays at most " + String.format(java.util.Locale.ROOT, "%,d",
                    Limits.MAX_REPLAY_REQUESTS));
        }
        return new Moment(topology, settings, seed, actions, time);
    }

    private static Moment.Action action(JsonInput.Document src, JsonNode node, String field, JsonNode settingsTree,
                                        Topology topology) throws BadMomentFile {
        if (!node.isObject()) {
            throw bad(src, field, "expected an object, found " + JsonShape.kind(node));
        }
        unknownFields(src, node, ACTION_FIELDS, field + ".");
        long at = time(src, required(src, node, "at_us", field + "."), field + ".at_us");
        JsonNode fault = node.get("fault");
        JsonNode newSettings = node.get("settings");
        if ((fault == null) == (newSettings == null)) {
            throw bad(src, field, "needs exactly one of 'fault' and 'settings'");
        }
        if (fault != null) {
            if (!fault.isTextual()) {
                throw bad(src, field + ".fault", "expected text like \"kill:web-02\", found " + JsonShape.kind(fault));
            }
            Moment.Action a = new Moment.Action(at, fault.asText(), null);
            try {
                Fault f = a.parsedFault();
                FaultRules.check(topology, f);
            } catch (IllegalArgumentException e) {
                throw bad(src, field + ".fault", e.getMessage());
            }
            return a;
        }
        SimulationSettings changed = settings(src, newSettings, settingsTree, field + ".settings");
        checkSettings(src, changed, topology, field + ".settings");
        return Moment.Action.settings(at, changed);
    }

    /** A time in microseconds from 0 to the latest anything may happen at ({@link Limits#MAX_TIME_MS}). */
    private static long time(JsonInput.Document src, JsonNode v, String field) throws BadMomentFile {
        long t = integer(src, v, field);
        if (t < 0 || t > Limits.MAX_TIME_MS * 1000) {
            throw bad(src, field, "must be a time from 0 to 24 h in microseconds (at most " + Limits.MAX_TIME_MS * 1000 + "), got " + t);
        }
        return t;
    }

    /** Each setting within its definition's range, the weights naming the load balancer's servers. */
    private static void checkSettings(JsonInput.Document src, SimulationSettings s, Topology t, String field) throws BadMomentFile {
        java.util.Optional<String> problem = Settings.problemIn(s, t);
        if (problem.isPresent()) {
            throw bad(src, field, problem.get());
        }
    }

    /** Settings from a tree; fields it lacks come from {@code defaults}. */
    private static SimulationSettings settings(JsonInput.Document src, JsonNode node, JsonNode defaults, String field)
            throws BadMomentFile {
        if (!node.isObject()) {
            throw bad(src, field, "expected an object, found " + JsonShape.kind(node));
        }
        JsonNode merged = merge(defaults.deepCopy(), node);
        String nullAt = nullField(merged, field);
        if (nullAt != null) {
            // A null setting (an algorithm, a read policy) crashed the replay later (found by fuzzing).
            throw bad(src, nullAt, "must not be null");
        }
        try {
            return MAPPER.treeToValue(merged, SimulationSettings.class);
        } catch (JsonProcessingException e) {
            String path = field + (e instanceof JsonMappingException m ? fieldPath(m) : "");
            throw bad(src, path, settingsProblem(e, src.root().at("/" + path.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1"))));
        }
    }

    /** The path of the first null value in a tree of settings, or null when there is none. */
    private static String nullField(JsonNode node, String path) {
        if (node.isNull()) {
            return path;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String found = nullField(e.getValue(), path + "." + e.getKey());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Overlays {@code over} onto {@code base}, object by object. */
    private static JsonNode merge(JsonNode base, JsonNode over) {
        if (!(base instanceof ObjectNode b) || !over.isObject()) {
            return over;
        }
        Iterator<Map.Entry<String, JsonNode>> it = over.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode old = b.get(e.getKey());
            b.set(e.getKey(), old == null ? e.getValue() : merge(old, e.getValue()));
        }
        return b;
    }

    /** What is wrong in a settings object, in words rather than in the JSON library's. */
    private static String settingsProblem(JsonProcessingException e, JsonNode value) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            return "unknown field '" + u.getPropertyName() + "'" + JsonShape.suggestion(u.getPropertyName(), known);
        }
        if (e.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        return "a value of the wrong kind: " + JsonShape.kind(value);
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            b.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
        }
        return b.toString();
    }

    private static void unknownFields(JsonInput.Document src, JsonNode node, Set<String> known, String prefix) throws BadMomentFile {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                throw bad(src, prefix + n, "unknown field '" + n + "'" + JsonShape.suggestion(n, known.stream().sorted().toList()));
            }
        }
    }

    private static JsonNode required(JsonInput.Document src, JsonNode node, String name) throws BadMomentFile {
        return required(src, node, name, "");
    }

    private static JsonNode required(JsonInput.Document src, JsonNode node, String name, String prefix) throws BadMomentFile {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw bad(src, prefix + name, "missing");
        }
        return v;
    }

    private static long integer(JsonInput.Document src, JsonNode v, String field) throws BadMomentFile {
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw bad(src, field, "expected a whole number, found " + JsonShape.kind(v));
        }
        return v.longValue();
    }

    private static BadMomentFile bad(JsonInput.Document src, String field, String problem) {
        return new BadMomentFile(src.bad(field, problem).getMessage());
    }
}
