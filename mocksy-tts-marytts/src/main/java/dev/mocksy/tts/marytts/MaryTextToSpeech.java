package dev.mocksy.tts.marytts;

import dev.mocksy.ProviderException;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.TextToSpeech;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import marytts.LocalMaryInterface;
import marytts.exceptions.SynthesisException;

/**
 * An interviewer voice that runs offline: MaryTTS with the {@code cmu-slt-hsmm} US English voice, from Maven Central
 * alone.
 *
 * <pre>{@code
 * TextToSpeech voice = MaryTextToSpeech.builder().build();
 * voice.synthesize("Tell me about a time you disagreed with a design.", clip -> speakers.play(clip));
 * }</pre>
 *
 * <p>It speaks like an interviewer: a short silence before a long question, a pause between sentences, and a slower
 * rate for questions with code or numbers. {@link #synthesize(String, Consumer)} hands on each sentence as soon as it
 * is ready, so the first words play while the rest is synthesized. Thread-safe.
 */
public final class MaryTextToSpeech implements TextToSpeech {

    /** The provider id. */
    public static final String ID = "marytts";

    /** The only voice on Maven Central for MaryTTS 5.2.1's English. */
    public static final String DEFAULT_VOICE = "cmu-slt-hsmm";

    private final String voice;
    private final SpeechPlan.Pacing pacing;
    private final Path base;

    private MaryTextToSpeech(Builder b) {
        this.voice = b.voice;
        this.pacing = new SpeechPlan.Pacing(b.longQuestionWords, b.leadIn, b.betweenSentences, b.technicalRate);
        this.base = b.base;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Speaks the text into one clip, pauses included.
     *
     * @throws IllegalArgumentException when the text is blank
     * @throws ProviderException when MaryTTS fails
     */
    @Override
    public AudioClip synthesize(String text) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        int[] rate = {0};
        synthesize(text, clip -> {
            rate[0] = clip.sampleRate();
            pcm.writeBytes(clip.pcm());
        });
        return new AudioClip(pcm.toByteArray(), rate[0], 1);
    }

    /**
     * Speaks the text sentence by sentence: the lead-in silence and the first sentence come in the first clip, each
     * further sentence in its own clip beginning with the pause before it.
     *
     * @throws IllegalArgumentException when the text is blank
     * @throws ProviderException when MaryTTS fails
     */
    @Override
    public void synthesize(String text, Consumer<AudioClip> pieces) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text to speak must not be blank");
        }
        Objects.requireNonNull(pieces, "pieces");
        SpeechPlan plan = SpeechPlan.of(text, pacing);
        LocalMaryInterface mary = MaryRuntime.open(base, voice);
        mary.setInputType("TOKENS");
        for (int i = 0; i < plan.sentences().size(); i++) {
            AudioClip speech = speak(mary, plan.sentences().get(i), plan.durationScale());
            Duration silence = i == 0 ? plan.leadIn() : plan.betweenSentences();
            pieces.accept(withSilenceBefore(speech, silence));
        }
    }

    /** The voice's name, e.g. {@code cmu-slt-hsmm}. */
    public String voice() {
        return voice;
    }

    @Override
    public String toString() {
        return "MaryTextToSpeech[" + voice + "]";
    }

    private static AudioClip speak(LocalMaryInterface mary, String sentence, double durationScale) {
        try (AudioInputStream audio = mary.generateAudio(TokensDocument.of(sentence, durationScale))) {
            AudioFormat format = audio.getFormat();
            AudioFormat pcm16 = new AudioFormat(format.getSampleRate(), 16, 1, true, false);
            try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm16, audio)) {
                return new AudioClip(readAll(converted), Math.round(format.getSampleRate()), 1);
            }
        } catch (SynthesisException | IOException | RuntimeException e) {
            throw new ProviderException(ID, "MaryTTS could not speak \"" + clip(sentence) + "\": " + rootMessage(e), e);
        }
    }

    /** MaryTTS's stream of joined clips ends early under {@code readAllBytes}; read it frame-aligned to the end. */
    private static byte[] readAll(AudioInputStream audio) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = audio.read(buffer, 0, buffer.length)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static AudioClip withSilenceBefore(AudioClip clip, Duration silence) {
        if (silence.isZero()) {
            return clip;
        }
        int frames = (int) (silence.toMillis() * clip.sampleRate() / 1000);
        byte[] speech = clip.pcm();
        byte[] joined = new byte[frames * 2 + speech.length];
        System.arraycopy(speech, 0, joined, frames * 2, speech.length);
        return new AudioClip(joined, clip.sampleRate(), 1);
    }

    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Builds a {@link MaryTextToSpeech}; every setting has a default. */
    public static final class Builder {
        private static final Set<String> VOICES = Set.of(DEFAULT_VOICE);

        private String voice = DEFAULT_VOICE;
        private int longQuestionWords = 20;
        private Duration leadIn = Duration.ofMillis(400);
        private Duration betweenSentences = Duration.ofMillis(350);
        private double technicalRate = 1.2;
        private Path base = Path.of(System.getProperty("java.io.tmpdir"), "mocksy-marytts");

        private Builder() {}

        /**
         * The MaryTTS voice; only {@value #DEFAULT_VOICE} ships here.
         *
         * @throws IllegalArgumentException for any other voice, naming the one available
         */
        public Builder voice(String voice) {
            if (voice == null || !VOICES.contains(voice.strip())) {
                throw new IllegalArgumentException(
                        "unknown MaryTTS voice '" + voice + "'; the voice on the class path is " + DEFAULT_VOICE);
            }
            this.voice = voice.strip();
            return this;
        }

        /** Questions of at least this many words get the lead-in silence; default 20. */
        public Builder longQuestionWords(int words) {
            if (words < 1) {
                throw new IllegalArgumentException("longQuestionWords must be positive, got " + words);
            }
            this.longQuestionWords = words;
            return this;
        }

        /** The silence before a long question; default 400 ms. */
        public Builder leadIn(Duration leadIn) {
            this.leadIn = pause(leadIn, "leadIn");
            return this;
        }

        /** The pause between two sentences; default 350 ms. */
        public Builder betweenSentences(Duration pause) {
            this.betweenSentences = pause(pause, "betweenSentences");
            return this;
        }

        /** How much longer each sound lasts in a question with code or numbers: 1.0 no slower; default 1.2. */
        public Builder technicalRate(double scale) {
            if (!(scale >= 1.0 && scale <= 2.0)) {
                throw new IllegalArgumentException("technicalRate must be between 1.0 and 2.0, got " + scale);
            }
            this.technicalRate = scale;
            return this;
        }

        /** Where MaryTTS writes its log; default {@code mocksy-marytts} in the temporary directory. */
        public Builder baseDirectory(Path base) {
            this.base = Objects.requireNonNull(base, "baseDirectory");
            return this;
        }

        public MaryTextToSpeech build() {
            return new MaryTextToSpeech(this);
        }

        private static Duration pause(Duration pause, String name) {
            Objects.requireNonNull(pause, name);
            if (pause.isNegative() || pause.compareTo(Duration.ofSeconds(5)) > 0) {
                throw new IllegalArgumentException(name + " must be between 0 and 5 s, got " + pause);
            }
            return pause;
        }
    }
}
