package dev.mocksy.stt.whisper;

import dev.mocksy.InvalidRequestException;
import dev.mocksy.ModelNotFoundException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.UnsupportedInputException;
import dev.mocksy.http.Deadline;
import dev.mocksy.http.ProviderErrors;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.http.okhttp.HttpCalls;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.Timeouts;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.AudioConverter;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.WavWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Transcribes through an OpenAI-compatible {@code /audio/transcriptions} endpoint, asking for {@code verbose_json}
 * with word timestamps.
 *
 * <pre>{@code
 * SpeechToText whisper = new WhisperApiSpeechToText(WhisperApiSettings.openAi(System.getenv("OPENAI_API_KEY")));
 * Transcript transcript = whisper.transcribe(WavReader.read(Path.of("answer.wav")));
 * }</pre>
 *
 * <p>Audio is uploaded as 16 kHz mono 16-bit WAV (what Whisper works on anyway, and a third of a 48 kHz upload).
 * Calls go through the shared {@link RetryPolicy} and {@link ProviderErrors} of every HTTP provider: rate limits,
 * server errors and broken connections are retried with exponential backoff, honouring {@code Retry-After}, all within
 * one deadline per call ({@link WhisperApiSettings#timeout()}); failures arrive as the same typed exceptions as from the
 * language models, free of the key; a key the server rejected is not sent again. Thread-safe.
 */
public final class WhisperApiSpeechToText implements SpeechToText {

    static final String ID = "whisper";
    static final String KEY_HELP = "check MOCKSY_WHISPER_API_KEY or OPENAI_API_KEY";
    private static final MediaType WAV = MediaType.get("audio/wav");
    /** A wait a server asks for beyond this fails at once: an interview cannot pause longer for one answer. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final WhisperApiSettings settings;
    private final ApiKey secret;
    private final HttpCalls http;

    /** Sends over the connection pool the HTTP providers share. */
    public WhisperApiSpeechToText(WhisperApiSettings settings) {
        this(settings, null);
    }

    /**
     * Uses the given client's connection pool and dispatcher (the timeouts come from the settings).
     *
     * @param client the client whose pool to share, or {@code null} for the one the HTTP providers share
     */
    public WhisperApiSpeechToText(WhisperApiSettings settings, OkHttpClient client) {
        this.settings = Objects.requireNonNull(settings, "settings");
        RetryPolicy retry = RetryPolicy.builder()
                .maxAttempts(settings.maxRetries() + 1)
                .initialDelay(settings.initialBackoff())
                .maxRetryAfter(MAX_RETRY_AFTER)
                .build();
        this.secret = settings.apiKey() == null ? null : ApiKey.of(settings.apiKey());
        this.http = HttpCalls.withTimeouts(
                client,
                Timeouts.of(settings.timeout()),
                new ProviderErrors(ID, KEY_HELP, TranscriptionErrorFormat.INSTANCE, Clock.systemUTC()),
                retry);
    }

    @Override
    public Transcript transcribe(AudioClip audio) {
        byte[] wav = WavWriter.toBytes(AudioConverter.forRecognizer(Objects.requireNonNull(audio, "audio")));
        try {
            return http.send(
                    request(wav),
                    settings.model(),
                    secret,
                    body -> VerboseJson.parse(new String(body, StandardCharsets.UTF_8), settings.language()));
        } catch (ProviderException failure) {
            throw explain(failure);
        }
    }

    /**
     * Adds what only a transcription call knows to the shared mapper's typed failure: a refused request is refused
     * audio, a 404 is most often a wrong base URL, and a timeout names the endpoint.
     */
    private RuntimeException explain(ProviderException failure) {
        String detail = withoutProvider(failure.getMessage());
        if (failure instanceof InvalidRequestException && refusesAudio(((InvalidRequestException) failure).status())) {
            return new UnsupportedInputException(
                    "the transcription server refused the audio: " + detail + "; Mocksy uploads 16 kHz mono WAV, so"
                            + " check the length (OpenAI takes up to 25 MB) and the language and model settings",
                    failure);
        }
        if (failure instanceof ModelNotFoundException) {
            return new ModelNotFoundException(
                    ID,
                    settings.model(),
                    "no transcription endpoint or model at " + endpoint() + ": " + detail
                            + "; check mocksy.whisper.base-url (it should end in /v1) and mocksy.whisper.model");
        }
        if (failure instanceof ProviderTimeoutException) {
            return new ProviderTimeoutException(
                    ID,
                    "no answer from " + endpoint() + " within " + Deadline.describe(settings.timeout()) + ": " + detail,
                    failure);
        }
        return failure;
    }

    private static String withoutProvider(String message) {
        String prefix = ID + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static boolean refusesAudio(int status) {
        return status == 400 || status == 413 || status == 415;
    }

    private Request request(byte[] wav) {
        MultipartBody.Builder form = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("file", "answer.wav", RequestBody.create(wav, WAV))
                .addFormDataPart("model", settings.model())
                .addFormDataPart("response_format", "verbose_json")
                .addFormDataPart("timestamp_granularities[]", "word")
                .addFormDataPart("timestamp_granularities[]", "segment");
        if (settings.language() != null) {
            form.addFormDataPart("language", settings.language());
        }
        if (settings.prompt() != null) {
            form.addFormDataPart("prompt", settings.prompt());
        }
        Request.Builder request = new Request.Builder().url(endpoint()).post(form.build());
        if (settings.apiKey() != null) {
            request.header("Authorization", "Bearer " + secret.reveal());
        }
        return request.build();
    }

    private String endpoint() {
        return settings.baseUrl() + "/audio/transcriptions";
    }

    @Override
    public String toString() {
        return "WhisperApiSpeechToText[" + settings + "]";
    }
}
