package dev.mocksy.analytics;

import static dev.mocksy.analytics.PracticeHistory.backend;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.ContactDetails;
import dev.mocksy.resume.ExperienceEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PracticeHistory history = new PracticeHistory();

    @Test
    void should_export_a_session_with_answers_evaluations_notes_bookmarks_and_report() throws Exception {
        InterviewSnapshot session = history.play(backend("Kafka"), List.of("be-kafka-01"), List.of("score 4 offsets"));

        JsonNode json = JSON.readTree(Exports.session(session));

        assertThat(json.get("sessionId").asText()).isEqualTo(session.sessionId());
        assertThat(json.get("candidateId").asText()).isEqualTo("ada");
        JsonNode question = json.get("questions").get(0);
        assertThat(question.get("turn").get("question").get("id").asText()).isEqualTo("be-kafka-01");
        assertThat(question.get("turn").get("answer").get("text").asText()).isEqualTo("score 4 offsets");
        assertThat(question.get("turn").get("evaluation").get("overall").asDouble())
                .isEqualTo(4.0);
        assertThat(json.get("report").get("overall").asInt()).isEqualTo(40);
    }

    @Test
    void should_export_the_history_with_every_session_and_the_progress() throws Exception {
        history.play(backend("Kafka"), List.of("be-kafka-01"), List.of("score 4"));
        history.play(backend("Kafka"), List.of("be-kafka-02"), List.of("score 6"));
        ProgressReport progress = new ProgressAnalyzer().analyze("ada", history.sessions());

        JsonNode json = JSON.readTree(Exports.history("ada", history.sessions(), progress));

        assertThat(json.get("sessions")).hasSize(2);
        assertThat(json.get("progress").get("overallTrend")).hasSize(2);
        assertThat(json.get("progress").get("weakTopics").get(0).get("topic").asText())
                .isEqualTo("Kafka");
    }

    @Test
    void should_write_one_anonymised_line_per_evaluated_answer_without_who_or_which_session() throws Exception {
        history.play(
                backend("Kafka"),
                List.of("be-kafka-01", "be-kafka-02"),
                List.of(
                        "score 4 — I'm Ada Lovelace, my name is Ada Lovelace; I built it at Initech Inc. Mail"
                                + " ada@example.com, call +1 (555) 123-4567, see https://ada.dev/kafka",
                        "/skip"));

        String dataset = Exports.dataset(history.sessions());

        List<String> lines = dataset.lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        String answer = first.get("answer").asText();
        assertThat(answer)
                .contains("my name is [name]", "[company]", "[email]", "[phone]", "[link]")
                .doesNotContain("Lovelace", "Initech", "example.com", "555", "ada.dev");
        assertThat(first.get("question").asText()).isEqualTo("How does Kafka keep messages in order?");
        assertThat(first.get("overall").asDouble()).isEqualTo(4.0);
        assertThat(first.get("missed").get(0).asText()).isEqualTo("Key point of be-kafka-01");
        assertThat(first.has("sessionId")).isFalse();
        assertThat(first.has("candidateId")).isFalse();
        assertThat(dataset)
                .doesNotContain(history.sessions().get(0).sessionId())
                .doesNotContain("\"ada\"");
        assertThat(JSON.readTree(lines.get(1)).get("skipped").asBoolean()).isTrue();
    }

    @Test
    void should_redact_the_name_and_employers_the_profile_knows() {
        CandidateProfile profile = CandidateProfile.builder()
                .name("Grace Hopper")
                .yearsOfExperience(10.0)
                .contact(new ContactDetails("Grace Hopper", "grace@navy.mil", null, "Arlington", List.of()))
                .experience(List.of(new ExperienceEntry(
                        "Engineer", "Remington Rand", "1949-01", "1960-12", "1949 - 1960", 144, false)))
                .build();

        String redacted = DatasetRedactor.forProfile(profile)
                .redact("Grace led the compiler work at Remington Rand near Arlington; Hopper wrote it.");

        assertThat(redacted).isEqualTo("[name] led the compiler work at [company] near [location]; [name] wrote it.");
    }
}
