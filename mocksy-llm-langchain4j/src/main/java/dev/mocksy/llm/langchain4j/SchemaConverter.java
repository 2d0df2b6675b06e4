package dev.mocksy.llm.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mocksy's JSON Schema as LangChain4j's typed schema elements, which every LangChain4j provider maps to its own
 * format; a schema outside the subset Mocksy derives is passed as raw JSON, which fewer providers accept.
 */
final class SchemaConverter {

    private SchemaConverter() {}

    static JsonSchema convert(dev.mocksy.llm.JsonSchema schema) {
        JsonNode root = schema.schema();
        JsonSchemaElement element;
        try {
            element = element(root);
        } catch (UnsupportedOperationException e) {
            element = JsonRawSchema.from(root.toString());
        }
        return JsonSchema.builder().name(schema.name()).rootElement(element).build();
    }

    private static JsonSchemaElement element(JsonNode node) {
        String description =
                node.hasNonNull("description") ? node.get("description").asText() : null;
        if (node.has("enum")) {
            List<String> values = new ArrayList<>();
            node.get("enum").forEach(value -> values.add(value.asText()));
            return JsonEnumSchema.builder()
                    .enumValues(values)
                    .description(description)
                    .build();
        }
        String type = node.path("type").asText("");
        switch (type) {
            case "object":
                return object(node, description);
            case "array":
                return JsonArraySchema.builder()
                        .items(element(node.path("items")))
                        .description(description)
                        .build();
            case "string":
                return JsonStringSchema.builder().description(description).build();
            case "integer":
                return JsonIntegerSchema.builder().description(description).build();
            case "number":
                return JsonNumberSchema.builder().description(description).build();
            case "boolean":
                return JsonBooleanSchema.builder().description(description).build();
            default:
                throw new UnsupportedOperationException("type " + type);
        }
    }

    private static JsonObjectSchema object(JsonNode node, String description) {
        Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            properties.put(field.getKey(), element(field.getValue()));
        }
        List<String> required = new ArrayList<>();
        node.path("required").forEach(name -> required.add(name.asText()));
        JsonObjectSchema.Builder builder = JsonObjectSchema.builder()
                .addProperties(properties)
                .required(required)
                .description(description);
        if (node.has("additionalProperties")) {
            builder.additionalProperties(node.get("additionalProperties").asBoolean());
        }
        return builder.build();
    }
}
