package io.infraviz.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Prints a schema the way the files in docs/ are laid out, so that a refreshed file differs from
 * the old one only where its content does: two spaces a level, {@code "key": value}, a list of
 * plain values on one line, a list with objects one element a line.
 */
final class SchemaPrinter {
    private SchemaPrinter() {
    }

    static String print(JsonNode node) {
        StringBuilder out = new StringBuilder();
        value(node, "", out);
        return out.append('\n').toString();
    }

    private static void value(JsonNode node, String indent, StringBuilder out) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(indent).append("  ").append(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()))
                        .append(": ");
                value(e.getValue(), indent + "  ", out);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray()) {
            boolean flat = true;
            for (JsonNode e : node) {
                flat &= e.isValueNode();
            }
            if (node.isEmpty() || flat) {
                out.append(node.isEmpty() ? "[]" : "[ ");
                for (int i = 0; i < node.size(); i++) {
                    out.append(i > 0 ? ", " : "").append(node.get(i));
                }
                out.append(node.isEmpty() ? "" : " ]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(indent).append("  ");
                value(node.get(i), indent + "  ", out);
                out.append(i < node.size() - 1 ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            out.append(node);
        }
    }
}
