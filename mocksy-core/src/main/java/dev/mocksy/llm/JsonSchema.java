package dev.mocksy.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mocksy.internal.MocksyJson;
import java.util.Objects;

/**
 * A JSON Schema a structured reply must follow, with a name providers show the model.
 *
 * <p>Derived schemas follow the strict subset every provider accepts: objects list all their properties as required
 * and forbid additional ones.
 *
 * @param name a short identifier, letters, digits, underscores and dashes, e.g. {@code "evaluation"}
 * @param schema the schema, an object with {@code "type": "object"}
 */
public record JsonSchema(String name, ObjectNode schema) {

    public JsonSchema {
        if (name == null || !name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException(
                    "schema name must be 1-64 letters, digits, underscores or dashes, got '" + name + "'");
        }
        Objects.requireNonNull(schema, "schema");
        if (!"object".equals(schema.path("type").asText())) {
            throw new IllegalArgumentException("schema " + name + " must describe an object (\"type\": \"object\")");
        }
        schema = schema.deepCopy();
    }

    @Override
    public ObjectNode schema() {
        return schema.deepCopy();
    }

    /**
     * The schema of a record type, e.g. {@code JsonSchema.from(Verdict.class)}: strings, numbers, booleans, enums,
     * lists and nested records; descriptions from {@code @JsonPropertyDescription}.
     *
     * @throws IllegalArgumentException when the type is not a record or holds a type JSON Schema cannot express
     */
    public static JsonSchema from(Class<?> recordType) {
        String simple = recordType.getSimpleName();
        String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        return new JsonSchema(name, RecordSchemas.derive(recordType));
    }

    /**
     * A given schema in JSON text.
     *
     * @throws IllegalArgumentException when the text is not a JSON object describing an object
     */
    public static JsonSchema of(String name, String schemaJson) {
        try {
            JsonNode node = MocksyJson.mapper().readTree(schemaJson);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("schema " + name + " must be a JSON object");
            }
            return new JsonSchema(name, object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("schema " + name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The schema as compact JSON text. */
    public String toJson() {
        return schema.toString();
    }
}
