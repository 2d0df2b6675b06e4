package dev.mocksy.interview;

import static dev.mocksy.testing.Fixtures.keywordEvaluator;
import static dev.mocksy.testing.Fixtures.numberedQuestions;
import static dev.mocksy.testing.Fixtures.simpleReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.ConsentRequiredException;
import dev.mocksy.InvalidAnswerException;
import dev.mocksy.ProviderSelectionException;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.speech.AcousticDeliveryAnalyzer;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.speech.TranscribedWord;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.turn.TurnListener;
import dev.mocksy.speech.turn.TurnSettings;
import dev.mocksy.store.InMemoryInterviewStore;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.vision.AnswerVision;
import dev.mocksy.vision.Frame;
import dev.mocksy.vision.FrameImage;
import dev.mocksy.vision.Observations;
import dev.mocksy.vision.VisionAnalyzer;
import dev.mocksy.vision.VisionConsent;
import dev.mocksy.vision.VisionReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Voice and video reach a session through the session, which journals what they produce. */
class SessionVoiceAndVisionTest {

    private static final int RATE = 16_000;

    private final InterviewStore store = new InMemoryInterviewStore();
    private final AtomicInteger recognised = new AtomicInteger();
    private final AtomicInteger analysed = new AtomicInteger();
    private final List<String> spoken = new ArrayList<>();

    /** Hears "I would add an index on the customer column" in any clip with sound, nothing in silence. */
    private final SpeechToText recogniser = clip -> {
        recognised.incrementAndGet();
        if (silent(clip)) {
            return new Transcript("", List.of(), "en");
        }
        List<TranscribedWord> words = new ArrayList<>();
        String[] heard = "I would add an index on the customer column".split(" ");
        for (int i = 0; i < heard.length; i++) {
            words.add(new TranscribedWord(heard[i], 0.2 + i * 0.3, 0.4 + i * 0.3, 0.95));
        }
        return new Transcript(String.join(" ", heard), words, "en");
    };

    /** Sees the candidate in every frame whose first byte is 1, nobody otherwise. */
    private final VisionAnalyzer camera = frame -> {
        analysed.incrementAndGet();
        long millis = frame.timestamp().toMillis();
        return ((FrameImage.Encoded) frame.image()).bytes()[0] == 1
                ? Observations.looking(millis)
                : Observations.empty(millis);
    };

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

    @Test
    void should_transcribe_a_recorded_answer_measure_its_delivery_and_journal_both_with_the_answer() {
        InterviewSession session =
                engine().speechToText(recogniser, false).build().create(plan(InterviewContext.PRACTICE), null);
        session.start();

        Evaluation evaluation = session.submitSpokenAnswer(speech(3.0, 1.0));

        Answer answer = session.snapshot().turns().get(0).answer();
        assertThat(answer.text()).isEqualTo("I would add an index on the customer column");
        assertThat(answer.delivery()).isNotNull();
        assertThat(answer.delivery().wordCount()).isEqualTo(9);
        assertThat(answer.delivery().durationSeconds()).isEqualTo(4.0);
        assertThat(evaluation.overall()).isEqualTo(8);
        assertThat(InterviewSnapshot.replay(store.load(session.id()))).isEqualTo(session.snapshot());
    }

    @Test
    void should_record_nothing_and_keep_listening_when_nothing_was_recognised() {
        InterviewSession session =
                engine().speechToText(recogniser, false).build().create(plan(InterviewContext.PRACTICE), null);
        session.start();
        session.listen();
        long events = store.load(session.id()).size();

        assertThatThrownBy(() -> session.submitSpokenAnswer(new AudioClip(new byte[RATE * 2], RATE, 1)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("nothing was recognised");
        assertThat(session.state()).isEqualTo(InterviewState.LISTENING);
        assertThat(store.load(session.id())).hasSize((int) events);
    }

    @Test
    void should_name_the_module_to_add_when_no_speech_to_text_is_configured() {
        InterviewSession session = engine().build().create(plan(InterviewContext.PRACTICE), null);
        session.start();

        assertThatThrownBy(() -> session.submitSpokenAnswer(speech(1.0, 0.5)))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("mocksy-stt-vosk");
    }

    @Test
    void should_keep_an_assessments_audio_on_the_device_unless_remote_providers_are_allowed() {
        InterviewSession assessment =
                engine().speechToText(recogniser, true).build().create(plan(InterviewContext.ASSESSMENT), null);
        assessment.start();

        assertThatThrownBy(() -> assessment.submitSpokenAnswer(speech(1.0, 0.5)))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("sends data off the machine")
                .hasMessageContaining("mocksy.assessment.remote-providers=allow");
        assertThat(recognised).hasValue(0);

        InterviewSession allowed = engine().speechToText(recogniser, true)
                .remoteAllowedInAssessments(true)
                .build()
                .create(plan(InterviewContext.ASSESSMENT), null);
        allowed.start();
        assertThat(allowed.submitSpokenAnswer(speech(1.0, 0.5)).overall()).isEqualTo(8);
    }

    @Test
    void should_hear_a_live_answer_hands_free_and_store_it_when_the_turn_ends() {
        InterviewSession session =
                engine().speechToText(recogniser, false).build().create(plan(InterviewContext.PRACTICE), null);
        session.start();
        List<String> partial = new ArrayList<>();

        Optional<Evaluation> evaluation;
        try (LiveAnswer live = session.openLiveAnswer(RATE, quickTurns(), new TurnListener() {
            @Override
            public void partialText(String textSoFar) {
                partial.add(textSoFar);
            }
        })) {
            byte[] audio = speech(2.0, 3.0).pcm();
            for (int offset = 0; offset < audio.length && !live.finished(); offset += 3200) {
                live.accept(audio, offset, Math.min(3200, audio.length - offset));
            }
            assertThat(live.finished()).as("the silence ended the turn").isTrue();
            evaluation = live.submit();
        }

        assertThat(evaluation).hasValueSatisfying(e -> assertThat(e.overall()).isEqualTo(8));
        Answer answer = session.snapshot().turns().get(0).answer();
        assertThat(answer.text()).isEqualTo("I would add an index on the customer column");
        assertThat(answer.delivery()).isNotNull();
    }

    @Test
    void should_observe_frames_per_answer_and_report_them_overall_in_practice() {
        InterviewSession session =
                engine().visionAnalyzer(camera).build().create(plan(InterviewContext.PRACTICE), null);
        String first = session.start().id();
        session.listen();
        session.observeFrame(frame(1, 0));
        session.observeFrame(frame(1, 1000));
        session.submitAnswer("an index");
        session.observeFrame(frame(0, 2000)); // between answers
        String second = session.next().orElseThrow().id();
        session.listen();
        session.observeFrame(frame(0, 3000));
        session.observeFrame(frame(1, 4000));

        VisionReport vision = session.snapshot().vision().orElseThrow();

        assertThat(vision.answers()).extracting(AnswerVision::questionId).containsExactly(first, second);
        assertThat(vision.answers().get(0).summary().inFrameShare()).isEqualTo(1.0);
        assertThat(vision.answers().get(1).summary().inFrameShare()).isEqualTo(0.5);
        assertThat(vision.session().frames()).isEqualTo(5);
        assertThat(InterviewSnapshot.replay(store.load(session.id())).vision()).contains(vision);
    }

    @Test
    void should_put_what_the_camera_saw_in_the_report_per_answer_and_overall() {
        InterviewSession session = engine().visionAnalyzer(camera)
                .interviewer(
                        new Interviewer(
                                numberedQuestions(),
                                keywordEvaluator(),
                                new dev.mocksy.report.HeuristicReportGenerator()),
                        false)
                .build()
                .create(plan(InterviewContext.PRACTICE), null);
        session.start();
        session.listen();
        session.observeFrame(frame(1, 0));
        session.observeFrame(frame(0, 1000));
        session.submitAnswer("an index on the customer column");
        session.end("done");

        dev.mocksy.report.InterviewReport report = session.report();
        String markdown = new dev.mocksy.report.MarkdownReportWriter().write(report);

        assertThat(report.vision()).isEqualTo(session.snapshot().vision().orElseThrow());
        assertThat(report.vision().answers())
                .singleElement()
                .satisfies(answer -> assertThat(answer.summary().frames()).isEqualTo(2));
        assertThat(markdown)
                .contains("## On camera")
                .contains("2 frames observed")
                .contains("On camera: ");
    }

    @Test
    void should_analyse_no_frame_of_an_assessment_without_recorded_video_consent() {
        InterviewSession session =
                engine().visionAnalyzer(camera).build().create(plan(InterviewContext.ASSESSMENT), null);
        session.start();
        session.listen();

        assertThatThrownBy(() -> session.observeFrame(frame(1, 0)))
                .isInstanceOf(ConsentRequiredException.class)
                .hasMessageContaining("recordConsent");
        assertThat(analysed).hasValue(0);
        assertThat(session.snapshot().vision()).isEmpty();

        session.recordConsent(Consent.VIDEO, true, VisionConsent.STANDARD_STATEMENT);
        session.observeFrame(frame(1, 500));
        assertThat(analysed).hasValue(1);
        assertThat(session.snapshot().vision().orElseThrow().policy().consent()).isNotNull();

        session.recordConsent(Consent.VIDEO, false, "I withdraw my consent.");
        assertThatThrownBy(() -> session.observeFrame(frame(1, 900))).isInstanceOf(ConsentRequiredException.class);
        assertThat(analysed).hasValue(1);
    }

    @Test
    void should_speak_the_question_in_the_interviewers_voice_where_one_is_configured() {
        InterviewSession silent = engine().build().create(plan(InterviewContext.PRACTICE), null);
        silent.start();
        assertThat(silent.speakQuestion()).isEmpty();

        InterviewSession voiced = engine().textToSpeech(
                        text -> {
                            spoken.add(text);
                            return new AudioClip(new byte[480], 24_000, 1);
                        },
                        false)
                .build()
                .create(plan(InterviewContext.PRACTICE), null);
        String question = voiced.start().text();

        assertThat(voiced.speakQuestion())
                .hasValueSatisfying(clip -> assertThat(clip.sampleRate()).isEqualTo(24_000));
        assertThat(spoken).containsExactly(question);
    }

    @Test
    void should_hand_on_the_question_sentence_by_sentence_and_speak_a_short_cue_in_the_same_voice() {
        InterviewSession silent = engine().build().create(plan(InterviewContext.PRACTICE), null);
        silent.start();
        assertThat(silent.speakQuestion(clip -> {})).isFalse();
        assertThat(silent.speak("mm-hm")).isEmpty();

        List<String> said = new ArrayList<>();
        TextToSpeech bySentence = new TextToSpeech() {
            @Override
            public AudioClip synthesize(String text) {
                said.add(text);
                return new AudioClip(new byte[320], 16_000, 1);
            }

            @Override
            public void synthesize(String text, java.util.function.Consumer<AudioClip> pieces) {
                for (String sentence : text.split("(?<=[.?!])\\s+")) {
                    pieces.accept(synthesize(sentence));
                }
            }
        };
        InterviewSession voiced =
                engine().textToSpeech(bySentence, false).build().create(plan(InterviewContext.PRACTICE), null);
        String question = voiced.start().text();
        List<AudioClip> pieces = new ArrayList<>();

        assertThat(voiced.speakQuestion(pieces::add)).isTrue();
        assertThat(String.join(" ", said)).isEqualTo(question.strip().replaceAll("\\s+", " "));
        assertThat(pieces).hasSameSizeAs(said);
        said.clear();
        assertThat(voiced.speak(" mm-hm ")).isPresent();
        assertThat(said).containsExactly("mm-hm");
        assertThatThrownBy(() -> voiced.speak(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Turn-taking that ends a turn after one second of silence, so the test feeds little audio. */
    private static TurnSettings quickTurns() {
        return TurnSettings.builder()
                .endOfTurnSilence(Duration.ofMillis(1000))
                .backchannelPause(Duration.ofMillis(500))
                .build();
    }

    /** A 200 Hz tone for {@code voiced} seconds, then silence. */
    private static AudioClip speech(double voiced, double silence) {
        int samples = (int) ((voiced + silence) * RATE);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < voiced * RATE; i++) {
            short value = (short) (8000 * Math.sin(2 * Math.PI * 200 * i / RATE) * (1 + 0.3 * Math.sin(i / 900.0)));
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        return new AudioClip(pcm, RATE, 1);
    }

    private static boolean silent(AudioClip clip) {
        for (byte b : clip.pcm()) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static Frame frame(int firstByte, long millis) {
        return Frame.encoded(new byte[] {(byte) firstByte}, Duration.ofMillis(millis));
    }
}
