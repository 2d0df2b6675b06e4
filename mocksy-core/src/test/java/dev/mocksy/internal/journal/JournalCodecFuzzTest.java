package dev.mocksy.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mocksy.StoreException;
import dev.mocksy.interview.RecordedEvent;
import java.nio.charset.StandardCharsets;

/**
 * Any journal line decodes to an event or fails with a {@link StoreException} saying what is wrong; an event that
 * decodes is written back as a line that decodes to the same event. Seeds: lines of journal formats 1 and 2.
 */
class JournalCodecFuzzTest {

    // The journal's field names and event types, so that mutations reach the upcasters and every event record.
    @DictionaryEntries({
        "\"v\":1",
        "\"v\":2",
        "\"v\":3",
        "\"sessionId\":",
        "\"sequence\":",
        "\"at\":\"2026-12-03T10:12:09Z\"",
        "\"event\":{",
        "\"type\":\"session-started\"",
        "\"type\":\"question-asked\"",
        "\"type\":\"follow-up-chosen\"",
        "\"type\":\"listening-started\"",
        "\"type\":\"answer-received\"",
        "\"type\":\"answer-evaluated\"",
        "\"type\":\"paused\"",
        "\"type\":\"resumed\"",
        "\"type\":\"completed\"",
        "\"type\":\"abandoned\"",
        "\"type\":\"report-generated\"",
        "\"type\":\"consent-recorded\"",
        "\"type\":\"question-repeated\"",
        "\"type\":\"reopened\"",
        "\"type\":\"frame-observed\"",
        "\"type\":\"language-model-dropped\"",
        "\"type\":\"note-added\"",
        "\"type\":\"bookmark-set\"",
        "\"type\":\"recording-kept\""
    })
    @FuzzTest(maxDuration = "20s")
    void should_decode_a_line_or_refuse_it_with_a_store_exception(byte[] bytes) {
        String line = new String(bytes, StandardCharsets.UTF_8);
        RecordedEvent event;
        try {
            event = JournalCodec.decode(line);
        } catch (StoreException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(JournalCodec.decode(JournalCodec.encode(event))).isEqualTo(event);
    }
}
