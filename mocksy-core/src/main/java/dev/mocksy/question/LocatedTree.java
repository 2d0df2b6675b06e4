package dev.mocksy.question;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed JSON or YAML document that remembers where each value started, so a validator can say "line 12, column 7"
 * for {@code questions[2].keyPoints[0].point}.
 *
 * @param root the document
 * @param locations the start of every value, by its path
 */
record LocatedTree(JsonNode root, Map<String, JsonLocation> locations) {

    /** Parses {@code text} with a parser of {@code factory} (JSON, or YAML when the YAML module is present). */
    static LocatedTree parse(JsonFactory factory, String text) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new LocatedTree(JsonNodeFactory.instance.nullNode(), locations);
            }
            JsonNode root = read(parser, "", locations);
            return new LocatedTree(root, locations);
        }
    }

    /** The line of the value at {@code path}, or of its nearest enclosing value; 0 when unknown. */
    int line(String path) {
        JsonLocation location = locate(path);
        return location == null ? 0 : location.getLineNr();
    }

    /** The column of the value at {@code path}, or of its nearest enclosing value; 0 when unknown. */
    int column(String path) {
        JsonLocation location = locate(path);
        return location == null ? 0 : location.getColumnNr();
    }

    private JsonLocation locate(String path) {
        String current = path;
        while (true) {
            JsonLocation location = locations.get(current);
            if (location != null || current.isEmpty()) {
                return location;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
    }

    private static JsonNode read(JsonParser parser, String path, Map<String, JsonLocation> locations)
            throws IOException {
        locations.put(path, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    parser.nextToken();
                    object.set(name, read(parser, child, locations));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, path + "[" + index++ + "]", locations));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> {
                return nodes.textNode(parser.getText());
            }
        }
    }
}
