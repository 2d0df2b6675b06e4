package dev.mocksy.interview;

import static dev.mocksy.testing.Fixtures.keywordEvaluator;
import static dev.mocksy.testing.Fixtures.numberedQuestions;
import static dev.mocksy.testing.Fixtures.simpleReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.InvalidTransitionException;
import dev.mocksy.speech.AcousticDeliveryAnalyzer;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.TranscribedWord;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.WavReader;
import dev.mocksy.store.InMemoryInterviewStore;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.store.StoredRecording;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Notes and bookmarks are journal events that change no state and are allowed after the end; a spoken answer's audio
 * is kept before it is transcribed, so a process that dies while transcribing loses nothing.
 */
class NotesBookmarksAndRecordingsTest {

    private static final int RATE = 16_000;

    private final InterviewStore store = new InMemoryInterviewStore();

    private InterviewEngine.Builder engine() {
        return InterviewEngine.builder()
                .store(store)
                .interviewer(new Interviewer(numberedQuestions(), keywordEvaluator(), simpleReports()), false)
                .deliveryAnalyzer(new AcousticDeliveryAnalyzer());
    }

    private static InterviewPlan plan(InterviewContext context) {
        return InterviewPlan.builder()
                .questionCount(2)
                .maxFollowUps(0)
                .context(context)
                .build();
    }

    /** Hears a fixed sentence in any clip. */
    private static final SpeechToText RECOGNISER = clip -> new Transcript(
            "I would add an index on the customer column",
            List.of(new TranscribedWord("I", 0.1, 0.2, 0.9), new TranscribedWord("index", 0.3, 0.6, 0.9)),
            "en");

    @Test
    void should_journal_notes_and_bookmarks_after_the_end_without_changing_the_state() {
        InterviewSession session = engine().build().create(plan(InterviewContext.PRACTICE), null, "ada");
        session.start();
        session.submitAnswer("an index");
        session.next();
        session.submitAnswer("no idea");
        session.next();
        session.report();
        InterviewState ended = session.state();

        Note onAnswer = session.addNote("q2", "  Look up covering indexes  ");
        session.addNote(null, "Sleep more before the next one");
        session.bookmark("q1", true);
        session.bookmark("q2", true);
        session.bookmark("q1", false);

        assertThat(session.state()).isEqualTo(ended);
        assertThat(onAnswer.text()).isEqualTo("Look up covering indexes");
        assertThat(session.snapshot().notes("q2")).containsExactly(onAnswer);
        assertThat(session.snapshot().bookmarks()).containsExactly("q2");
        InterviewSnapshot replayed = InterviewSnapshot.replay(store.load(session.id()));
        assertThat(replayed).isEqualTo(session.snapshot());
        assertThat(replayed.candidateId()).isEqualTo("ada");
    }

    @Test
    void should_refuse_a_note_or_bookmark_on_a_question_that_was_not_asked_and_record_nothing() {
        InterviewSession session = engine().build().create(plan(InterviewContext.PRACTICE), null);
        session.start();
        int events = store.load(session.id()).size();

        assertThatThrownBy(() -> session.addNote("q9", "hmm"))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("q9 was not asked");
        assertThatThrownBy(() -> session.bookmark("q9", true)).isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> session.addNote(null, "   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> session.addNote(null, "x".repeat(10_001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 10000");
        assertThat(store.load(session.id())).hasSize(events);
    }

    @Test
    void should_reject_an_invalid_candidate_id() {
        assertThatThrownBy(() -> engine().build().create(plan(InterviewContext.PRACTICE), null, "../etc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("candidate id");
    }

    @Test
    void should_keep_nothing_when_recordings_are_off() {
        InterviewSession session =
                engine().speechToText(RECOGNISER, false).build().create(plan(InterviewContext.PRACTICE), null);
        session.start();

        session.submitSpokenAnswer(speech(2.0));

        assertThat(session.snapshot().recordings()).isEmpty();
        assertThat(store.recording(session.id(), "r3")).isEmpty();
    }

    @Test
    void should_keep_the_audio_before_transcribing_so_a_crash_while_transcribing_loses_nothing() {
        AtomicBoolean crashed = new AtomicBoolean();
        SpeechToText dying = clip -> {
            crashed.set(true);
            throw new IllegalStateException("the process died while transcribing");
        };
        InterviewSession session = engine().speechToText(dying, false)
                .keepRecordings(true)
                .build()
                .create(plan(InterviewContext.PRACTICE), null);
        session.start();
        AudioClip clip = speech(2.0);

        assertThatThrownBy(() -> session.submitSpokenAnswer(clip)).hasMessageContaining("died");

        assertThat(crashed).isTrue();
        Recording kept = session.snapshot().pendingRecording().orElseThrow();
        StoredRecording audio =
                store.recording(session.id(), kept.recordingId()).orElseThrow();
        assertThat(WavReader.read(new ByteArrayInputStream(audio.audio()), "kept.wav"))
                .isEqualTo(clip);

        // when another process reopens the session with a working recogniser
        InterviewSession reopened =
                engine().speechToText(RECOGNISER, false).build().resume(session.id());

        // then the kept audio is the answer, evaluated, and nobody is asked again
        assertThat(reopened.state()).isEqualTo(InterviewState.FEEDBACK);
        Turn turn = reopened.snapshot().turns().get(0);
        assertThat(turn.answer().text()).isEqualTo("I would add an index on the customer column");
        assertThat(turn.evaluation().overall()).isEqualTo(8);
        assertThat(reopened.snapshot().pendingRecording()).isEmpty();
        assertThat(reopened.snapshot().recordings()).containsExactly(kept);
    }

    @Test
    void should_ask_again_when_the_kept_audio_cannot_be_transcribed_on_reopening_and_keep_the_audio() {
        InterviewSession session = engine().speechToText(
                        clip -> {
                            throw new IllegalStateException("died");
                        },
                        false)
                .keepRecordings(true)
                .build()
                .create(plan(InterviewContext.PRACTICE), null);
        session.start();
        assertThatThrownBy(() -> session.submitSpokenAnswer(speech(1.0))).hasMessageContaining("died");

        InterviewSession reopened = engine().build().resume(session.id());

        assertThat(reopened.state()).isEqualTo(InterviewState.ASKING);
        assertThat(reopened.snapshot().recordings()).hasSize(1);
        assertThat(store.recording(session.id(), "r3")).isPresent();
    }

    @Test
    void should_keep_an_assessments_audio_only_with_recorded_voice_consent() {
        InterviewEngine engine =
                engine().speechToText(RECOGNISER, false).keepRecordings(true).build();
        InterviewSession withoutConsent = engine.create(plan(InterviewContext.ASSESSMENT), null);
        withoutConsent.start();
        withoutConsent.submitSpokenAnswer(speech(1.0));

        InterviewSession withConsent = engine.create(plan(InterviewContext.ASSESSMENT), null);
        withConsent.recordConsent(Consent.VOICE, true, "I agree that my spoken answers are recorded.");
        withConsent.start();
        withConsent.submitSpokenAnswer(speech(1.0));

        assertThat(withoutConsent.snapshot().recordings()).isEmpty();
        assertThat(withConsent.snapshot().recordings()).hasSize(1);
        String id = withConsent.snapshot().recordings().get(0).recordingId();
        assertThat(store.recording(withConsent.id(), id)).isPresent();
    }

    private static AudioClip speech(double seconds) {
        int samples = (int) (seconds * RATE);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short value = (short) (8000 * Math.sin(2 * Math.PI * 200 * i / RATE));
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        return new AudioClip(pcm, RATE, 1);
    }
}
