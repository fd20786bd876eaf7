package dev.topset.query.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The evidence's {@code numbers} as JSON values. The event carries each as text (see
 * {@code RecommendationEvidence}: {@code "8.5"}, {@code "[8, 8.5, 9]"}, {@code "null"}) so that it stays small and
 * comparable; a client reads numbers, lists and nulls, not strings it must parse again. Text that is none of these
 * (a date, a word) stays a string, inside lists too.
 */
final class EvidenceNumbers {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private EvidenceNumbers() {
    }

    /** The evidence with its {@code numbers} typed; anything else as stored. */
    static JsonNode typed(JsonNode evidence) {
        if (evidence == null || !(evidence.path("numbers") instanceof ObjectNode numbers)) {
            return evidence;
        }
        ObjectNode copy = evidence.deepCopy();
        ObjectNode typed = copy.putObject("numbers");
        numbers.fields().forEachRemaining(entry -> typed.set(entry.getKey(),
                entry.getValue().isTextual() ? value(entry.getValue().asText()) : entry.getValue()));
        return copy;
    }

    static JsonNode value(String text) {
        String value = text.strip();
        if (value.equals("null")) {
            return NODES.nullNode();
        }
        if (value.equals("true") || value.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(value));
        }
        if (NUMBER.matcher(value).matches()) {
            return NODES.numberNode(new BigDecimal(value));
        }
        if (value.startsWith("[") && value.endsWith("]")) {
            ArrayNode list = NODES.arrayNode();
            elements(value.substring(1, value.length() - 1)).forEach(element -> list.add(value(element)));
            return list;
        }
        return NODES.textNode(value);
    }

    /** Splits a list's inside at its top-level commas (a nested list keeps its own). */
    private static List<String> elements(String inside) {
        List<String> elements = new ArrayList<>();
        if (inside.isBlank()) {
            return elements;
        }
        int depth = 0;
        int from = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                elements.add(inside.substring(from, i));
                from = i + 1;
            }
        }
        elements.add(inside.substring(from));
        return elements;
    }
}
