package dev.mocksy.stt.vosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.speech.AcousticDeliveryAnalyzer;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.DeliveryContext;
import dev.mocksy.speech.SpokenAnswer;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.VoiceAnswers;
import dev.mocksy.speech.turn.EndOfTurn;
import dev.mocksy.speech.turn.HandsFreeAnswer;
import dev.mocksy.speech.turn.TurnListener;
import dev.mocksy.speech.turn.TurnSettings;
import dev.mocksy.spi.ProviderConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hands-free listening end to end: espeak-ng speech through Vosk and the turn detector. */
class HandsFreeAnswerIT {

    static VoskSpeechToText vosk;

    @TempDir
    Path dir;

    private final List<String> events = new ArrayList<>();
    private final List<String> drafts = new ArrayList<>();

    @BeforeAll
    static void loadModel() {
        vosk = VoskSpeechToText.create(ProviderConfig.of(Map.of()));
    }

    @BeforeEach
    void requirePackages() {
        SpeechAudio.requireSynthesis();
    }

    @Test
    void should_wait_through_let_me_think_and_a_long_silence_then_deliver_the_whole_answer() throws Exception {
        Path think = SpeechAudio.speakTrimmed(dir, "think", "Hmm, let me think about that.", 160);
        Path answer = SpeechAudio.speakTrimmed(dir, "answer", "I would use a message queue.", 160);
        Path wav = SpeechAudio.concat(
                dir.resolve("hands-free.wav"),
                SpeechAudio.silence(dir, 1.0),
                think,
                SpeechAudio.silence(dir, 9.0), // longer than the normal 5 s patience
                answer,
                SpeechAudio.silence(dir, 8.0));

        HandsFreeAnswer listening = listen(SpeechAudio.read(wav), TurnSettings.DEFAULTS);

        assertThat(events).contains("thinking:let me think");
        assertThat(events.get(events.size() - 1)).startsWith("answer:SILENCE:").contains("message queue");
        assertThat(drafts).anySatisfy(draft -> assertThat(draft).contains("let me think"));
        assertThat(listening.transcript().text()).contains("let me think").contains("message queue");
    }

    @Test
    void should_ask_again_when_nothing_is_said() throws Exception {
        Path wav = SpeechAudio.silence(dir, 6.0);
        TurnSettings settings =
                TurnSettings.builder().noSpeechTimeout(Duration.ofSeconds(5)).build();

        listen(SpeechAudio.read(wav), settings);

        assertThat(events).containsExactly("ended:NO_SPEECH", "clarify:" + HandsFreeAnswer.CLARIFICATION);
    }

    @Test
    void should_turn_a_wav_file_into_answer_text_and_delivery() throws Exception {
        Path wav = SpeechAudio.speak(dir, "answer", "I worked on the payment service for two years.", 160);

        SpokenAnswer spoken =
                new VoiceAnswers(vosk, new AcousticDeliveryAnalyzer()).fromWav(wav, DeliveryContext.PRACTICE);

        assertThat(spoken.text()).contains("payment service", "two years");
        assertThat(spoken.delivery().wordsPerMinute()).isBetween(100.0, 220.0);
        assertThat(spoken.delivery().practiceLabel()).isNotBlank();
    }

    private HandsFreeAnswer listen(AudioClip clip, TurnSettings settings) {
        TurnListener listener = new TurnListener() {
            @Override
            public void partialText(String textSoFar) {
                drafts.add(textSoFar);
            }

            @Override
            public void thinkingNoticed(String phrase, Duration patience, double atSeconds) {
                events.add("thinking:" + phrase);
            }

            @Override
            public void turnEnded(EndOfTurn reason, double atSeconds) {
                events.add("ended:" + reason);
            }

            @Override
            public void clarificationNeeded(String prompt, Transcript heard) {
                events.add("clarify:" + prompt);
            }

            @Override
            public void answerCompleted(Transcript transcript, EndOfTurn reason) {
                events.add("answer:" + reason + ":" + transcript.text());
            }
        };
        byte[] pcm = clip.pcm();
        try (HandsFreeAnswer listening = new HandsFreeAnswer(vosk, 16000, settings, listener)) {
            for (int offset = 0; offset < pcm.length && !listening.finished(); offset += 3200) {
                listening.accept(pcm, offset, Math.min(3200, pcm.length - offset));
            }
            assertThat(listening.finished()).isTrue();
            return listening;
        }
    }
}
