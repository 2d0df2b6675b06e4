package dev.mocksy.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.StoreException;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.Candidate;
import dev.mocksy.interview.InterviewContext;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.RecordedEvent;
import dev.mocksy.interview.Role;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The journal is a file format: lines of every version Mocksy has written must keep reading the same, whatever the
 * code becomes. Lines without {@code v} are format 1.
 */
class JournalCodecTest {

    @Test
    void should_write_an_answer_event_in_the_documented_journal_format() {
        RecordedEvent event = new RecordedEvent(
                "20260105-100000-abc123",
                4,
                Instant.parse("2026-01-05T10:02:30Z"),
                new InterviewEvent.AnswerReceived("be-sql-index-01", new Answer("Add an index.", false, true, null)));

        String json = JournalCodec.encode(event);

        assertThat(json)
                .isEqualTo(
                        "{\"v\":3,\"sessionId\":\"20260105-100000-abc123\",\"sequence\":4,\"at\":\"2026-01-05T10:02:30Z\","
                                + "\"event\":{\"type\":\"answer-received\",\"questionId\":\"be-sql-index-01\","
                                + "\"answer\":{\"text\":\"Add an index.\",\"skipped\":false,\"timedOut\":true}}}");
        assertThat(JournalCodec.decode(json)).isEqualTo(event);
    }

    @Test
    void should_read_a_journal_line_written_by_an_earlier_version_with_fields_it_does_not_know() {
        String line = "{\"sessionId\":\"s1\",\"sequence\":7,\"at\":\"2026-01-05T10:05:00Z\",\"origin\":\"web\","
                + "\"event\":{\"type\":\"paused\"}}";

        RecordedEvent event = JournalCodec.decode(line);

        assertThat(event.event()).isEqualTo(new InterviewEvent.Paused());
        assertThat(event.sequence()).isEqualTo(7);
    }

    @Test
    void should_write_a_consent_event_in_the_documented_journal_format() {
        RecordedEvent event = new RecordedEvent(
                "s1",
                2,
                Instant.parse("2026-01-05T10:00:10Z"),
                new InterviewEvent.ConsentRecorded("video", true, "I agree to camera analysis."));

        String json = JournalCodec.encode(event);

        assertThat(json)
                .isEqualTo("{\"v\":3,\"sessionId\":\"s1\",\"sequence\":2,\"at\":\"2026-01-05T10:00:10Z\","
                        + "\"event\":{\"type\":\"consent-recorded\",\"capability\":\"video\",\"granted\":true,"
                        + "\"statement\":\"I agree to camera analysis.\"}}");
        assertThat(JournalCodec.decode(json)).isEqualTo(event);
    }

    @Test
    void should_read_a_plan_journaled_before_the_context_existed_as_practice() {
        String line = "{\"sessionId\":\"s1\",\"sequence\":1,\"at\":\"2026-01-05T10:00:00Z\","
                + "\"event\":{\"type\":\"session-started\",\"plan\":{\"role\":\"BACKEND\",\"type\":\"TECHNICAL\","
                + "\"level\":\"MID\",\"difficulty\":\"MEDIUM\",\"questionCount\":3,\"questionTimeLimit\":\"PT5M\","
                + "\"technologies\":[\"Java\"],\"companyStyle\":{\"id\":\"neutral\",\"name\":\"Neutral\","
                + "\"description\":\"A balanced interviewer.\",\"principles\":[]},\"mode\":\"PRACTICE\","
                + "\"maxFollowUps\":1}}}";

        RecordedEvent event = JournalCodec.decode(line);

        InterviewPlan plan = ((InterviewEvent.SessionStarted) event.event()).plan();
        assertThat(plan.context()).isEqualTo(InterviewContext.PRACTICE);
        assertThat(plan.role()).isEqualTo(Role.BACKEND);
        assertThat(plan.questionCount()).isEqualTo(3);
        assertThat(plan.technologies()).containsExactly("Java");
    }

    @Test
    void should_keep_an_assessment_plan_through_the_journal() {
        InterviewPlan plan = InterviewPlan.builder()
                .role(Role.BACKEND)
                .context(InterviewContext.ASSESSMENT)
                .build();
        RecordedEvent event = new RecordedEvent(
                "s1",
                1,
                Instant.parse("2026-01-05T10:00:00Z"),
                new InterviewEvent.SessionStarted(plan, null, Candidate.LOCAL));

        String json = JournalCodec.encode(event);

        assertThat(json).contains("\"context\":\"ASSESSMENT\"");
        assertThat(JournalCodec.decode(json)).isEqualTo(event);
    }

    @Test
    void should_journal_a_spoken_answer_with_its_delivery_and_read_it_back() {
        // given
        DeliveryMetrics delivery = Fixtures.delivery(60, 150, 3, 1.5);
        RecordedEvent event = new RecordedEvent(
                "s1",
                4,
                Instant.parse("2026-01-05T10:02:30Z"),
                new InterviewEvent.AnswerReceived("q1", Answer.spoken("Add an index.", delivery)));

        // when
        String json = JournalCodec.encode(event);

        // then
        assertThat(json).contains("\"delivery\":{").contains("\"wordsPerMinute\":150.0");
        RecordedEvent read = JournalCodec.decode(json);
        assertThat(read).isEqualTo(event);
        assertThat(((InterviewEvent.AnswerReceived) read.event()).answer().delivery())
                .isEqualTo(delivery);
    }

    @Test
    void should_read_an_answer_journaled_before_answers_had_a_delivery() {
        String line = "{\"sessionId\":\"s1\",\"sequence\":4,\"at\":\"2026-01-05T10:02:30Z\","
                + "\"event\":{\"type\":\"answer-received\",\"questionId\":\"q1\","
                + "\"answer\":{\"text\":\"Add an index.\",\"skipped\":false,\"timedOut\":false}}}";

        RecordedEvent event = JournalCodec.decode(line);

        assertThat(((InterviewEvent.AnswerReceived) event.event()).answer())
                .isEqualTo(Answer.of("Add an index."))
                .extracting(Answer::delivery)
                .isNull();
    }

    @Test
    void should_refuse_a_line_of_a_newer_format_saying_to_upgrade() {
        String line = "{\"v\":99,\"sessionId\":\"s1\",\"sequence\":1,\"at\":\"2026-01-05T10:00:00Z\","
                + "\"event\":{\"type\":\"paused\"}}";

        assertThatThrownBy(() -> JournalCodec.decode(line))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("format 99")
                .hasMessageContaining("upgrade Mocksy");
    }

    @Test
    void should_name_what_is_wrong_with_a_line_that_is_not_an_event() {
        assertThatThrownBy(() -> JournalCodec.decode("[1,2]")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> JournalCodec.decode("{\"sessionId\":\"s1\",\"sequence\":1}"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("needs sessionId, sequence, at and event");
        assertThatThrownBy(() -> JournalCodec.decode("{\"sessionId\":\"s1\",\"sequence\":1,"
                        + "\"at\":\"2026-01-05T10:00:00Z\",\"event\":{\"type\":\"no-such-event\"}}"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no-such-event");
        assertThatThrownBy(() -> JournalCodec.decode("{\"sessionId\":\"s1\",\"sequence\":0,"
                        + "\"at\":\"2026-01-05T10:00:00Z\",\"event\":{\"type\":\"paused\"}}"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("sequence must start at 1");
    }

    @Test
    void should_write_and_read_back_every_event_the_session_journals_now() {
        for (InterviewEvent event : List.of(
                new InterviewEvent.QuestionRepeated("q1", "asked to hear it again", null),
                new InterviewEvent.Reopened(),
                new InterviewEvent.LanguageModelDropped("the API key in OPENAI_API_KEY was rejected"),
                new InterviewEvent.FrameObserved("q1", dev.mocksy.vision.Observations.looking(1200)))) {
            RecordedEvent recorded = new RecordedEvent("s1", 5, Instant.parse("2026-01-05T10:03:00Z"), event);

            String line = JournalCodec.encode(recorded);

            assertThat(line).startsWith("{\"v\":3,");
            assertThat(JournalCodec.decode(line)).isEqualTo(recorded);
        }
    }

    @Test
    void should_write_notes_bookmarks_and_kept_recordings_in_the_documented_journal_format() {
        Instant at = Instant.parse("2026-01-05T10:09:00Z");
        RecordedEvent note = new RecordedEvent("s1", 9, at, new InterviewEvent.NoteAdded("q2", "Revise joins"));
        RecordedEvent bookmark = new RecordedEvent("s1", 10, at, new InterviewEvent.BookmarkSet("q2", true));
        RecordedEvent recording =
                new RecordedEvent("s1", 11, at, new InterviewEvent.RecordingKept("q3", "r11", "audio/wav"));

        assertThat(JournalCodec.encode(note))
                .endsWith("\"event\":{\"type\":\"note-added\",\"questionId\":\"q2\",\"text\":\"Revise joins\"}}");
        assertThat(JournalCodec.encode(bookmark))
                .endsWith("\"event\":{\"type\":\"bookmark-set\",\"questionId\":\"q2\",\"bookmarked\":true}}");
        assertThat(JournalCodec.encode(recording))
                .endsWith("\"event\":{\"type\":\"recording-kept\",\"questionId\":\"q3\",\"recordingId\":\"r11\","
                        + "\"mediaType\":\"audio/wav\"}}");
        for (RecordedEvent event : List.of(note, bookmark, recording)) {
            assertThat(JournalCodec.decode(JournalCodec.encode(event))).isEqualTo(event);
        }
    }

    @Test
    void should_write_the_candidate_of_a_session_and_read_a_session_without_one_as_the_local_candidate() {
        InterviewPlan plan = InterviewPlan.builder().build();
        RecordedEvent owned = new RecordedEvent(
                "s1", 1, Instant.parse("2026-01-05T10:00:00Z"), new InterviewEvent.SessionStarted(plan, null, "u-42"));

        String line = JournalCodec.encode(owned);
        String withoutOwner = line.replace(",\"candidateId\":\"u-42\"", "").replace("\"v\":3", "\"v\":2");

        assertThat(line).contains("\"candidateId\":\"u-42\"");
        assertThat(JournalCodec.decode(line)).isEqualTo(owned);
        assertThat(withoutOwner).doesNotContain("candidateId");
        assertThat(((InterviewEvent.SessionStarted)
                                JournalCodec.decode(withoutOwner).event())
                        .candidateId())
                .isEqualTo("local");
    }
}
