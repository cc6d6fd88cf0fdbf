package io.infraviz.scenario.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.model.Coded;
import io.infraviz.model.FaultAction;
import io.infraviz.model.settings.Setting;
import io.infraviz.model.settings.SettingType;
import io.infraviz.model.settings.Settings;
import io.infraviz.model.settings.Unit;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The parts of docs/lesson.schema.json that the app's catalogues own: the settings a lesson may
 * change (from {@link Settings}, with the lesson's own rate limit) and the actions (from
 * {@link FaultAction}, and {@code set}).
 */
final class LessonSchemaParts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LessonSchemaParts() {
    }

    /** The settings object: every lesson setting with its type, bounds or words, and its help. */
    static JsonNode settings() {
        ObjectNode out = JSON.createObjectNode()
                .put("description", "Settings by name; a name not listed here is a mistake.");
        out.putArray("type").add("object").add("null");
        ObjectNode properties = out.putObject("properties");
        for (Setting<?> s : Settings.ALL) {
            if (s.inLessons()) {
                properties.set(s.key(), setting(s));
            }
        }
        out.put("additionalProperties", false);
        return out;
    }

    private static ObjectNode setting(Setting<?> s) {
        ObjectNode o = JSON.createObjectNode();
        String help = s.help();
        SettingType<?> type = s.type();
        if (type instanceof SettingType.WholeNumber w) {
            o.put("type", "integer").put("minimum", w.min()).put("maximum", w.max());
            help += unit(w.unit(), help);
        } else if (type instanceof SettingType.Decimal d) {
            number(o, d, s == Settings.RATE ? LessonLimits.MAX_RATE : d.max());
            help += unit(d.unit(), help);
        } else if (type instanceof SettingType.Millis m) {
            number(o, m.range(), m.range().max());
            help += unit(Unit.MS, help);
        } else if (type instanceof SettingType.Choice<?> c) {
            o.set("enum", words(c));
            help += ": " + c.values().stream().map(v -> shown(c, v)).collect(Collectors.joining(", "));
        } else if (type instanceof SettingType.ServerWeights w) {
            o.put("type", "object").put("minProperties", 1).putObject("additionalProperties")
                    .put("type", "integer").put("minimum", w.min()).put("maximum", w.max());
            help += ", by server name";
        } else {
            o.put("type", "boolean");
        }
        if (s.stageDecides()) {
            help += " (left out: as the stage has it)";
        }
        ObjectNode described = JSON.createObjectNode().put("description", help);
        return described.setAll(o);
    }

    private static void number(ObjectNode o, SettingType.Decimal d, double max) {
        o.put("type", "number").set(d.minIncluded() ? "minimum" : "exclusiveMinimum", whole(d.min()));
        if (Double.isFinite(max)) {
            o.set("maximum", whole(max));
        }
    }

    private static JsonNode whole(double v) {
        return v == Math.rint(v) ? JSON.valueToTree((long) v) : JSON.valueToTree(v);
    }

    private static String unit(Unit unit, String help) {
        return unit == Unit.MS && !help.contains(" ms") ? ", in ms" : "";
    }

    /** The words a choice takes; in capitals too when it takes any case (HTTP, as HAProxy writes it). */
    private static ArrayNode words(SettingType.Choice<?> c) {
        ArrayNode out = JSON.createArrayNode();
        c.values().forEach(v -> out.add(((Coded) v).code()));
        if (c.anyCase()) {
            c.values().forEach(v -> out.add(((Coded) v).code().toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E> & Coded> String shown(SettingType.Choice<?> c, Object v) {
        String words = ((SettingType.Choice<E>) c).words().apply((E) v);
        String code = ((Coded) v).code();
        String plain = words.replace(" (" + code + ")", "");
        if (plain.startsWith(code.toUpperCase(Locale.ROOT))) {
            return plain; // HTTP (GET /health)
        }
        return code + " (" + plain + ")";
    }

    /** {@code set}, then every fault action, each with what it does and to what. */
    static JsonNode actions() {
        ArrayNode out = JSON.createArrayNode();
        out.addObject().put("const", "set")
                .put("description", "change settings from that moment, like a configuration reload (give them in settings)");
        for (FaultAction a : FaultAction.values()) {
            out.addObject().put("const", a.code()).put("description", a.verb() + " (target: " + a.target().words() + ")");
        }
        return out;
    }
}
