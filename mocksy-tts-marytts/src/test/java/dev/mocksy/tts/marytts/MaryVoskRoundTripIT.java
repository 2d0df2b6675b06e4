package dev.mocksy.tts.marytts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.WordErrorRate;
import dev.mocksy.stt.vosk.VoskSpeechToText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The voice says interview questions; Vosk's small English model must hear back at least 90% of the words. */
class MaryVoskRoundTripIT {

    private static final List<String> SENTENCES = List.of(
            "Tell me about a project you are proud of.",
            "How would you design a cache for a busy web service?",
            "What happens when two transactions update the same row?",
            "Describe a time you disagreed with your team and what you did.",
            "Why would you choose a queue instead of a direct call?",
            "Explain the difference between a process and a thread.",
            "How many servers would you need for ten thousand users?");

    @Test
    void should_be_understood_by_vosk_for_at_least_nine_words_in_ten() {
        MaryTextToSpeech voice = MaryTextToSpeech.builder().build();
        VoskSpeechToText vosk = VoskSpeechToText.bundled();
        List<String> heard = new ArrayList<>();

        for (String sentence : SENTENCES) {
            AudioClip clip = voice.synthesize(sentence);
            heard.add(vosk.transcribe(clip).text());
        }

        String reference = String.join(" ", SENTENCES);
        double wer = WordErrorRate.of(reference, String.join(" ", heard));
        System.out.printf("MaryTTS -> Vosk word error rate %.3f over %d sentences%n", wer, SENTENCES.size());
        for (int i = 0; i < SENTENCES.size(); i++) {
            System.out.println("  said:  " + SENTENCES.get(i) + "\n  heard: " + heard.get(i));
        }
        assertThat(1 - wer).as("share of words heard right").isGreaterThanOrEqualTo(0.90);
    }
}
