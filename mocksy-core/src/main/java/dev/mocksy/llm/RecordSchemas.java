package dev.mocksy.llm;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Derives a strict JSON Schema from a record type; see {@link JsonSchema#from(Class)}. */
final class RecordSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordSchemas() {}

    static ObjectNode derive(Class<?> recordType) {
        if (!recordType.isRecord()) {
            throw new IllegalArgumentException(recordType.getName() + " is not a record");
        }
        return object(recordType, new HashSet<>());
    }

    private static ObjectNode object(Class<?> recordType, Set<Class<?>> path) {
        if (!path.add(recordType)) {
            throw new IllegalArgumentException(
                    recordType.getName() + " refers to itself; recursive records cannot be a strict JSON Schema");
        }
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent component : recordType.getRecordComponents()) {
            ObjectNode property =
                    of(component.getGenericType(), recordType.getName() + "." + component.getName(), path);
            JsonPropertyDescription description = component.getAccessor().getAnnotation(JsonPropertyDescription.class);
            if (description == null && component.getAnnotation(JsonPropertyDescription.class) != null) {
                description = component.getAnnotation(JsonPropertyDescription.class);
            }
            if (description != null) {
                property.put("description", description.value());
            }
            properties.set(component.getName(), property);
            required.add(component.getName());
        }
        schema.put("additionalProperties", false);
        path.remove(recordType);
        return schema;
    }

    private static ObjectNode of(Type type, String where, Set<Class<?>> path) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", of(parameterized.getActualTypeArguments()[0], where + "[]", path));
            return array;
        }
        if (!(type instanceof Class<?> cls)) {
            throw new IllegalArgumentException(where + ": unsupported type " + type);
        }
        if (cls == String.class || cls == char.class || cls == Character.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (cls == int.class
                || cls == long.class
                || cls == Integer.class
                || cls == Long.class
                || cls == short.class
                || cls == Short.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (cls == double.class || cls == float.class || cls == Double.class || cls == Float.class) {
            return NODES.objectNode().put("type", "number");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (cls.isEnum()) {
            ObjectNode schema = NODES.objectNode().put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : cls.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return schema;
        }
        if (cls.isRecord()) {
            return object(cls, path);
        }
        if (cls.isArray()) {
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", of(cls.getComponentType(), where + "[]", path));
            return array;
        }
        throw new IllegalArgumentException(where + ": type " + cls.getName()
                + " has no strict JSON Schema; use strings, numbers, booleans, enums, lists or records");
    }
}
