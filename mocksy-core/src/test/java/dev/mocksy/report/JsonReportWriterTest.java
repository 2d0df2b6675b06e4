package dev.mocksy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.UnsupportedInputException;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.internal.journal.JournalCodec;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.RecordedEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T11:00:00Z");

    private final JsonReportWriter writer = new JsonReportWriter();
    private final HeuristicReportGenerator generator = new HeuristicReportGenerator();

    @Test
    void should_round_trip_every_kind_of_report_to_an_equal_report() {
        for (Journal journal : List.of(
                Interviews.strongBackend(),
                Interviews.weakBehavioral(),
                Interviews.abandonedAfterOneOfFive(),
                Interviews.nothingAnswered(),
                Interviews.flagged())) {
            // given
            InterviewReport report = generator.generate(journal.snapshot(), NOW);

            // when
            InterviewReport read = writer.read(writer.write(report));

            // then
            assertThat(read).as(report.sessionId()).isEqualTo(report);
        }
    }

    @Test
    void should_survive_the_journal_as_part_of_the_report_generated_event() throws Exception {
        // given the report journaled the way the file store writes events, one JSON line each
        InterviewSnapshot ended = Interviews.abandonedAfterOneOfFive().snapshot();
        InterviewReport report = generator.generate(ended, NOW);
        RecordedEvent event = new RecordedEvent(
                ended.sessionId(), ended.sequence() + 1, NOW, new InterviewEvent.ReportGenerated(report));

        // when
        String line = JournalCodec.encode(event);
        RecordedEvent read = JournalCodec.decode(line);

        // then the replayed session holds an equal report
        assertThat(line).doesNotContain("\n");
        assertThat(ended.apply(read).report()).contains(report);
    }

    @Test
    void should_write_pretty_json_with_readable_fields() throws Exception {
        // given
        InterviewReport report =
                generator.generate(Interviews.abandonedAfterOneOfFive().snapshot(), NOW);

        // when
        String json = writer.write(report);

        // then
        assertThat(json).contains("\n  \"sessionId\" : \"abandoned-1\"");
        JsonNode tree = MocksyJson.mapper().readTree(json);
        assertThat(tree.get("overall").asInt()).isEqualTo(70);
        assertThat(tree.get("generatedAt").asText()).isEqualTo("2026-11-22T11:00:00Z");
        assertThat(tree.get("endedEarly").asBoolean()).isTrue();
        assertThat(tree.get("endReason").asText()).isEqualTo("ended by the candidate");
        assertThat(tree.get("categories").fieldNames())
                .toIterable()
                .containsExactly(
                        "TECHNICAL_CORRECTNESS",
                        "PROBLEM_SOLVING",
                        "COMMUNICATION",
                        "DEPTH_AND_COMPLETENESS",
                        "CONFIDENCE_AND_CLARITY");
        JsonNode unanswered = tree.get("questions").get(1);
        assertThat(unanswered.has("answer")).isFalse();
        assertThat(unanswered.has("evaluation")).isFalse();
        assertThat(tree.get("questions")
                        .get(0)
                        .get("evaluation")
                        .get("evidence")
                        .get(0)
                        .get("quote")
                        .asText())
                .isEqualTo("a lookup reads 3 or 4 pages");
    }

    @Test
    void should_read_a_report_written_without_an_end_reason() throws Exception {
        // given a report as an older writer would have saved it
        InterviewReport report = generator.generate(Interviews.strongBackend().snapshot(), NOW);
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                MocksyJson.mapper().readTree(writer.write(report));
        tree.remove("endReason");

        // when
        InterviewReport read = writer.read(tree.toString());

        // then
        assertThat(read.endReason()).isNull();
        assertThat(read.overall()).isEqualTo(82);
    }

    @Test
    void should_reject_text_that_is_not_json() {
        assertThatThrownBy(() -> writer.read("{\"sessionId\": \"x\", "))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageStartingWith("not a valid Mocksy report:")
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> writer.read("  "))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void should_reject_a_report_with_an_out_of_range_score() throws Exception {
        // given
        InterviewReport report = generator.generate(Interviews.strongBackend().snapshot(), NOW);
        String json = writer.write(report).replace("\"overall\" : 82", "\"overall\" : 120");

        // then
        assertThatThrownBy(() -> writer.read(json))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("overall must be between 0 and 100, got 120");
    }
}
