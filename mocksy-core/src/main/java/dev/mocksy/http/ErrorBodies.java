package dev.mocksy.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import java.io.IOException;

/** Small readers for JSON error bodies, shared by the vendors' {@link ErrorFormat}s. */
public final class ErrorBodies {

    private ErrorBodies() {}

    /** The body as a JSON object, or {@code null} when it is empty, not JSON or not an object. */
    public static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = MocksyJson.mapper().readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The field's scalar value as text, or {@code null} when the node or the field is missing, null or not scalar. */
    public static String text(JsonNode node, String field) {
        if (node == null || !node.has(field) || node.get(field).isNull()) {
            return null;
        }
        JsonNode value = node.get(field);
        return value.isValueNode() ? value.asText() : null;
    }
}
