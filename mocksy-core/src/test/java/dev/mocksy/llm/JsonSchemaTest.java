package dev.mocksy.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonSchemaTest {

    enum Seniority {
        JUNIOR,
        SENIOR
    }

    record Skill(String name, int years) {}

    record Profile(
            @JsonPropertyDescription("The candidate's full name") String name,
            double score,
            boolean remote,
            Seniority seniority,
            List<Skill> skills,
            Set<String> tags,
            long id) {}

    record Loop(String name, Loop next) {}

    record WithMap(Map<String, String> values) {}

    @Test
    void should_derive_a_strict_schema_from_a_record() {
        ObjectNode schema = JsonSchema.from(Profile.class).schema();

        assertThat(schema.get("type").asText()).isEqualTo("object");
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("required").toString())
                .isEqualTo("[\"name\",\"score\",\"remote\",\"seniority\",\"skills\",\"tags\",\"id\"]");
        assertThat(schema.at("/properties/name/type").asText()).isEqualTo("string");
        assertThat(schema.at("/properties/name/description").asText()).isEqualTo("The candidate's full name");
        assertThat(schema.at("/properties/score/type").asText()).isEqualTo("number");
        assertThat(schema.at("/properties/remote/type").asText()).isEqualTo("boolean");
        assertThat(schema.at("/properties/seniority/enum").toString()).isEqualTo("[\"JUNIOR\",\"SENIOR\"]");
        assertThat(schema.at("/properties/skills/type").asText()).isEqualTo("array");
        assertThat(schema.at("/properties/skills/items/type").asText()).isEqualTo("object");
        assertThat(schema.at("/properties/skills/items/additionalProperties").asBoolean(true))
                .isFalse();
        assertThat(schema.at("/properties/skills/items/properties/years/type").asText())
                .isEqualTo("integer");
        assertThat(schema.at("/properties/tags/items/type").asText()).isEqualTo("string");
        assertThat(schema.at("/properties/id/type").asText()).isEqualTo("integer");
    }

    @Test
    void should_name_the_schema_after_the_record() {
        assertThat(JsonSchema.from(Profile.class).name()).isEqualTo("profile");
    }

    @Test
    void should_refuse_types_a_strict_schema_cannot_express() {
        assertThatThrownBy(() -> JsonSchema.from(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a record");
        assertThatThrownBy(() -> JsonSchema.from(Loop.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refers to itself");
        assertThatThrownBy(() -> JsonSchema.from(WithMap.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("values");
    }

    @Test
    void should_accept_a_given_schema_and_reject_bad_ones() {
        JsonSchema given =
                JsonSchema.of("answer", "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");

        assertThat(given.toJson()).contains("\"a\"");
        assertThatThrownBy(() -> JsonSchema.of("answer", "{\"type\":\"string\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("object");
        assertThatThrownBy(() -> JsonSchema.of("answer", "{oops"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> JsonSchema.of("has space", "{\"type\":\"object\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }
}
