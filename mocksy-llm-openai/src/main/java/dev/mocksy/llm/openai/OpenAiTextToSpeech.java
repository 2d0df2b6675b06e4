package dev.mocksy.llm.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mocksy.InvalidResponseException;
import dev.mocksy.UnsupportedInputException;
import dev.mocksy.http.okhttp.HttpCalls;
import dev.mocksy.http.okhttp.HttpProviderBuilder;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.openai.internal.OpenAiErrorFormat;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.TextToSpeech;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The interviewer's voice from OpenAI's {@code POST /audio/speech}, as raw 24 kHz 16-bit mono PCM.
 *
 * <pre>{@code
 * TextToSpeech voice = OpenAiTextToSpeech.builder().apiKey(key).voice("alloy").build();
 * AudioClip clip = voice.synthesize("Tell me about a project you are proud of.");
 * }</pre>
 *
 * <p>Calls share the language models' HTTP handling: one deadline per call (default 30 s) covering its retries, and no
 * further calls with a key OpenAI rejected.
 */
public final class OpenAiTextToSpeech implements TextToSpeech {

    /** The default speech model. */
    public static final String DEFAULT_MODEL = "gpt-4o-mini-tts";

    /** The default voice. */
    public static final String DEFAULT_VOICE = "alloy";

    /** The longest input the endpoint accepts, in characters. */
    public static final int MAX_INPUT_CHARS = 4096;

    /** The sample rate of the {@code pcm} response format. */
    static final int PCM_SAMPLE_RATE = 24_000;

    private static final MediaType JSON = MediaType.get("application/json");

    private final ApiKey apiKey;
    private final String model;
    private final String voice;
    private final String instructions;
    private final HttpUrl speechUrl;
    private final HttpCalls http;

    private OpenAiTextToSpeech(Builder b) {
        this.apiKey = Objects.requireNonNull(b.settings().apiKey(), "apiKey must be set");
        this.model = b.settings().model();
        this.voice = b.voice;
        this.instructions = b.instructions;
        this.speechUrl = b.settings().baseUrl().resolve("audio/speech");
        this.http = b.settings()
                .calls(b.settings()
                        .errors(OpenAiLanguageModel.ID, OpenAiLanguageModel.KEY_HELP, OpenAiErrorFormat.INSTANCE));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Speaks the text.
     *
     * @throws UnsupportedInputException when the text is blank or longer than {@link #MAX_INPUT_CHARS}
     * @throws dev.mocksy.ProviderException when the provider fails
     */
    @Override
    public AudioClip synthesize(String text) {
        if (text == null || text.isBlank()) {
            throw new UnsupportedInputException("text to speak must not be blank");
        }
        if (text.length() > MAX_INPUT_CHARS) {
            throw new UnsupportedInputException("text to speak has " + text.length() + " characters; the speech API"
                    + " takes at most " + MAX_INPUT_CHARS + ": split it into sentences");
        }
        ObjectNode body = MocksyJson.mapper()
                .createObjectNode()
                .put("model", model)
                .put("input", text)
                .put("voice", voice)
                .put("response_format", "pcm");
        if (instructions != null) {
            body.put("instructions", instructions);
        }
        Request request = new Request.Builder()
                .url(speechUrl)
                .header("Authorization", "Bearer " + apiKey.reveal())
                .post(RequestBody.create(body.toString(), JSON))
                .build();
        return http.send(request, model, apiKey, OpenAiTextToSpeech::clip);
    }

    private static AudioClip clip(byte[] pcm) {
        if (pcm.length == 0 || pcm.length % 2 != 0) {
            throw new InvalidResponseException(
                    OpenAiLanguageModel.ID, "the speech reply is not 16-bit PCM (" + pcm.length + " bytes)");
        }
        return new AudioClip(pcm, PCM_SAMPLE_RATE, 1);
    }

    @Override
    public String toString() {
        return "OpenAiTextToSpeech[" + model + ", voice " + voice + "]";
    }

    /** Builds an {@link OpenAiTextToSpeech}. */
    public static final class Builder extends HttpProviderBuilder<Builder> {
        private String voice = DEFAULT_VOICE;
        private String instructions;

        private Builder() {
            super(DEFAULT_MODEL, OpenAiLanguageModel.DEFAULT_BASE_URL);
        }

        /** The voice, e.g. {@code alloy}, {@code coral}, {@code sage}. */
        public Builder voice(String voice) {
            if (voice == null || voice.isBlank()) {
                throw new IllegalArgumentException("voice must not be blank");
            }
            this.voice = voice.strip();
            return this;
        }

        /** How to speak, e.g. "calm and encouraging"; only the gpt-4o-mini-tts family reads it. */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /**
         * @throws IllegalStateException when no key was given
         */
        public OpenAiTextToSpeech build() {
            if (settings().apiKey() == null) {
                throw new IllegalStateException("apiKey must be set; " + OpenAiLanguageModel.KEY_HELP);
            }
            return new OpenAiTextToSpeech(this);
        }
    }
}
