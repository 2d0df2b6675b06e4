package dev.mocksy.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The journal is a file format: these lines must keep reading the same, whatever the code becomes. */
class InterviewEventJsonTest {

    @Test
    void should_write_an_answer_event_in_the_documented_journal_format() throws JsonProcessingException {
        RecordedEvent event = new RecordedEvent(
                "20260105-100000-abc123",
                4,
                Instant.parse("2026-01-05T10:02:30Z"),
                new InterviewEvent.AnswerReceived("be-sql-index-01", new Answer("Add an index.", false, true)));

        String json = MocksyJson.mapper().writeValueAsString(event);

        assertThat(json)
                .isEqualTo("{\"sessionId\":\"20260105-100000-abc123\",\"sequence\":4,\"at\":\"2026-01-05T10:02:30Z\","
                        + "\"event\":{\"type\":\"answer-received\",\"questionId\":\"be-sql-index-01\","
                        + "\"answer\":{\"text\":\"Add an index.\",\"skipped\":false,\"timedOut\":true}}}");
        assertThat(MocksyJson.mapper().readValue(json, RecordedEvent.class)).isEqualTo(event);
    }

    @Test
    void should_read_a_journal_line_written_by_an_earlier_version_with_fields_it_does_not_know()
            throws JsonProcessingException {
        String line = "{\"sessionId\":\"s1\",\"sequence\":7,\"at\":\"2026-01-05T10:05:00Z\",\"origin\":\"web\","
                + "\"event\":{\"type\":\"paused\"}}";

        RecordedEvent event = MocksyJson.mapper().readValue(line, RecordedEvent.class);

        assertThat(event.event()).isEqualTo(new InterviewEvent.Paused());
        assertThat(event.sequence()).isEqualTo(7);
    }

    @Test
    void should_write_a_consent_event_in_the_documented_journal_format() throws JsonProcessingException {
        RecordedEvent event = new RecordedEvent(
                "s1",
                2,
                Instant.parse("2026-01-05T10:00:10Z"),
                new InterviewEvent.ConsentRecorded("video", true, "I agree to camera analysis."));

        String json = MocksyJson.mapper().writeValueAsString(event);

        assertThat(json)
                .isEqualTo("{\"sessionId\":\"s1\",\"sequence\":2,\"at\":\"2026-01-05T10:00:10Z\","
                        + "\"event\":{\"type\":\"consent-recorded\",\"capability\":\"video\",\"granted\":true,"
                        + "\"statement\":\"I agree to camera analysis.\"}}");
        assertThat(MocksyJson.mapper().readValue(json, RecordedEvent.class)).isEqualTo(event);
    }

    @Test
    void should_read_a_plan_journaled_before_the_context_existed_as_practice() throws JsonProcessingException {
        String line = "{\"sessionId\":\"s1\",\"sequence\":1,\"at\":\"2026-01-05T10:00:00Z\","
                + "\"event\":{\"type\":\"session-started\",\"plan\":{\"role\":\"BACKEND\",\"type\":\"TECHNICAL\","
                + "\"level\":\"MID\",\"difficulty\":\"MEDIUM\",\"questionCount\":3,\"questionTimeLimit\":\"PT5M\","
                + "\"technologies\":[\"Java\"],\"companyStyle\":{\"id\":\"neutral\",\"name\":\"Neutral\","
                + "\"description\":\"A balanced interviewer.\",\"principles\":[]},\"mode\":\"PRACTICE\","
                + "\"maxFollowUps\":1}}}";

        RecordedEvent event = MocksyJson.mapper().readValue(line, RecordedEvent.class);

        InterviewPlan plan = ((InterviewEvent.SessionStarted) event.event()).plan();
        assertThat(plan.context()).isEqualTo(InterviewContext.PRACTICE);
        assertThat(plan.role()).isEqualTo(Role.BACKEND);
        assertThat(plan.questionCount()).isEqualTo(3);
        assertThat(plan.technologies()).containsExactly("Java");
    }

    @Test
    void should_keep_an_assessment_plan_through_the_journal() throws JsonProcessingException {
        InterviewPlan plan = InterviewPlan.builder()
                .role(Role.BACKEND)
                .context(InterviewContext.ASSESSMENT)
                .build();
        RecordedEvent event = new RecordedEvent(
                "s1", 1, Instant.parse("2026-01-05T10:00:00Z"), new InterviewEvent.SessionStarted(plan, null));

        String json = MocksyJson.mapper().writeValueAsString(event);

        assertThat(json).contains("\"context\":\"ASSESSMENT\"");
        assertThat(MocksyJson.mapper().readValue(json, RecordedEvent.class)).isEqualTo(event);
    }

    @Test
    void should_journal_a_spoken_answer_with_its_delivery_and_read_it_back() throws JsonProcessingException {
        // given
        DeliveryMetrics delivery = Fixtures.delivery(60, 150, 3, 1.5);
        RecordedEvent event = new RecordedEvent(
                "s1",
                4,
                Instant.parse("2026-01-05T10:02:30Z"),
                new InterviewEvent.AnswerReceived("q1", Answer.spoken("Add an index.", delivery)));

        // when
        String json = MocksyJson.mapper().writeValueAsString(event);

        // then
        assertThat(json).contains("\"delivery\":{").contains("\"wordsPerMinute\":150.0");
        RecordedEvent read = MocksyJson.mapper().readValue(json, RecordedEvent.class);
        assertThat(read).isEqualTo(event);
        assertThat(((InterviewEvent.AnswerReceived) read.event()).answer().delivery())
                .isEqualTo(delivery);
    }

    @Test
    void should_read_an_answer_journaled_before_answers_had_a_delivery() throws JsonProcessingException {
        String line = "{\"sessionId\":\"s1\",\"sequence\":4,\"at\":\"2026-01-05T10:02:30Z\","
                + "\"event\":{\"type\":\"answer-received\",\"questionId\":\"q1\","
                + "\"answer\":{\"text\":\"Add an index.\",\"skipped\":false,\"timedOut\":false}}}";

        RecordedEvent event = MocksyJson.mapper().readValue(line, RecordedEvent.class);

        assertThat(((InterviewEvent.AnswerReceived) event.event()).answer())
                .isEqualTo(Answer.of("Add an index."))
                .extracting(Answer::delivery)
                .isNull();
    }
}
