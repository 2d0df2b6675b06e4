package dev.mocksy.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sample application on a random port: a whole interview over REST, its errors, and its health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InterviewApiTest {

    private static final String ANSWER = "I would add a composite index on customer_id and created_at, because the"
            + " query filters on the customer and sorts by date, and check the plan with EXPLAIN ANALYZE before and"
            + " after. The trade-off is slower writes, so I would drop unused indexes.";

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("mocksy.home", home::toString);
        registry.add("mocksy.store.url", () -> "jdbc:sqlite:" + home.resolve("api.db"));
    }

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode post(String path, Object body, HttpStatus expected) throws Exception {
        ResponseEntity<String> response = http.postForEntity(path, body, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
        return json.readTree(response.getBody());
    }

    @Test
    void should_run_a_whole_interview_from_first_question_to_report() throws Exception {
        JsonNode started = post(
                "/interviews",
                Map.of(
                        "role",
                        "backend",
                        "type",
                        "technical",
                        "level",
                        "mid",
                        "questions",
                        2,
                        "technologies",
                        List.of("PostgreSQL")),
                HttpStatus.CREATED);
        String id = started.get("id").asText();
        assertThat(started.path("question").path("text").asText()).isNotBlank();

        int answered = 0;
        JsonNode reply;
        do {
            reply = post("/interviews/" + id + "/answers", Map.of("text", ANSWER), HttpStatus.OK);
            answered++;
            assertThat(reply.path("feedback").path("overall").asDouble()).isBetween(0.0, 10.0);
            assertThat(reply.path("feedback").path("method").asText()).isNotBlank();
        } while (!reply.path("completed").asBoolean() && answered < 10);

        assertThat(reply.path("completed").asBoolean()).isTrue();
        assertThat(reply.path("next").isNull()).isTrue();
        assertThat(answered).isGreaterThanOrEqualTo(2);
        JsonNode report = json.readTree(http.getForObject("/interviews/" + id + "/report", String.class));
        assertThat(report.path("sessionId").asText()).isEqualTo(id);
        assertThat(report.path("questions").size()).isEqualTo(answered);
        assertThat(json.readTree(http.getForObject("/interviews/" + id, String.class))
                        .path("state")
                        .asText())
                .isEqualTo("COMPLETED");
    }

    @Test
    void should_answer_bad_requests_with_what_was_wrong() throws Exception {
        JsonNode noRole = post("/interviews", Map.of("type", "technical"), HttpStatus.BAD_REQUEST);
        JsonNode badLevel = post("/interviews", Map.of("role", "backend", "level", "wizard"), HttpStatus.BAD_REQUEST);
        JsonNode unknown = post("/interviews/no-such-session/answers", Map.of("text", "hi"), HttpStatus.NOT_FOUND);

        assertThat(noRole.path("message").asText()).contains("role is required");
        assertThat(badLevel.path("message").asText()).contains("wizard");
        assertThat(unknown.path("message").asText()).contains("no-such-session");
    }

    @Test
    void should_refuse_an_answer_once_the_interview_is_over() throws Exception {
        JsonNode started = post("/interviews", Map.of("role", "backend", "questions", 1), HttpStatus.CREATED);
        String id = started.get("id").asText();
        JsonNode reply;
        int answered = 0;
        do {
            reply = post("/interviews/" + id + "/answers", Map.of("text", ANSWER), HttpStatus.OK);
        } while (!reply.path("completed").asBoolean() && ++answered < 10);

        post("/interviews/" + id + "/answers", Map.of("text", ANSWER), HttpStatus.CONFLICT);
    }

    @Test
    void should_report_the_store_in_actuator_health() throws Exception {
        JsonNode health = json.readTree(http.getForObject("/actuator/health", String.class));

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components")
                        .path("mocksy")
                        .path("components")
                        .path("store")
                        .path("status")
                        .asText())
                .isEqualTo("UP");
    }
}
