package dev.mocksy.stt.whisper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.ProviderException;
import dev.mocksy.UnsupportedInputException;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.AudioConverter;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.WavWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * Rate limits, server errors and broken connections are retried with exponential backoff, honouring
 * {@code Retry-After}. Thread-safe. This module keeps its own minimal retry and status mapping; when core gains the
 * shared HTTP policy of the LLM providers, this class should use it.
 */
public final class WhisperApiSpeechToText implements SpeechToText {

    private static final Logger LOG = LoggerFactory.getLogger(WhisperApiSpeechToText.class);
    private static final MediaType WAV = MediaType.get("audio/wav");
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final WhisperApiSettings settings;
    private final OkHttpClient client;

    public WhisperApiSpeechToText(WhisperApiSettings settings) {
        this(settings, new OkHttpClient());
    }

    /** Uses the given client's connection pool and dispatcher (the timeout comes from the settings). */
    public WhisperApiSpeechToText(WhisperApiSettings settings, OkHttpClient client) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = Objects.requireNonNull(client, "client")
                .newBuilder()
                .callTimeout(settings.timeout())
                .build();
    }

    @Override
    public Transcript transcribe(AudioClip audio) {
        byte[] wav = WavWriter.toBytes(AudioConverter.forRecognizer(Objects.requireNonNull(audio, "audio")));
        Request request = request(wav);
        for (int attempt = 0; ; attempt++) {
            try (Response response = client.newCall(request).execute()) {
                String body = bodyOf(response);
                if (response.isSuccessful()) {
                    return VerboseJson.parse(body, settings.language());
                }
                if (retryable(response.code()) && attempt < settings.maxRetries()) {
                    Duration wait = backoff(attempt, response.header("Retry-After"));
                    LOG.debug("Whisper answered {}; retrying in {} ms", response.code(), wait.toMillis());
                    sleep(wait);
                    continue;
                }
                throw failure(response.code(), body);
            } catch (InterruptedIOException e) {
                throw new ProviderException(
                        "whisper",
                        "no answer from " + endpoint() + " within "
                                + settings.timeout().toSeconds() + " s",
                        e);
            } catch (IOException e) {
                if (attempt < settings.maxRetries()) {
                    sleep(backoff(attempt, null));
                    continue;
                }
                throw new ProviderException("whisper", "cannot reach " + endpoint() + ": " + e.getMessage(), e);
            }
        }
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
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        return request.build();
    }

    private String endpoint() {
        return settings.baseUrl() + "/audio/transcriptions";
    }

    private static String bodyOf(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private Duration backoff(int attempt, String retryAfter) {
        if (retryAfter != null) {
            try {
                Duration told = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
                return told.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : told;
            } catch (NumberFormatException e) {
                // An HTTP date: fall back to our own backoff rather than parse clocks.
            }
        }
        return settings.initialBackoff().multipliedBy(1L << Math.min(attempt, 10));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("whisper", "interrupted while waiting to retry", e);
        }
    }

    /** A typed error from a failed status, with the server's own message; never the API key. */
    private RuntimeException failure(int status, String body) {
        String message = serverMessage(body);
        switch (status) {
            case 400:
            case 413:
            case 415:
                return new UnsupportedInputException("the transcription server refused the audio (HTTP " + status
                        + "): " + message + "; Mocksy uploads 16 kHz mono WAV, so check the length (OpenAI takes up "
                        + "to 25 MB) and the language and model settings");
            case 401:
            case 403:
                return new ProviderException(
                        "whisper",
                        "the server refused the API key (HTTP " + status + "): " + message
                                + "; check MOCKSY_WHISPER_API_KEY or OPENAI_API_KEY");
            case 404:
                return new ProviderException(
                        "whisper",
                        "no transcription endpoint at " + endpoint() + " (HTTP 404): " + message
                                + "; check mocksy.whisper.base-url (it should end in /v1) and mocksy.whisper.model");
            case 429:
                return new ProviderException(
                        "whisper", "rate limited after " + settings.maxRetries() + " retries: " + message);
            default:
                return new ProviderException("whisper", "the server failed (HTTP " + status + "): " + message);
        }
    }

    private static String serverMessage(String body) {
        try {
            JsonNode error = MocksyJson.mapper().readTree(body).path("error");
            if (error.isTextual()) {
                return error.asText();
            }
            if (error.path("message").isTextual()) {
                return error.path("message").asText();
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON: show the start of the body instead.
        }
        return VerboseJson.abbreviate(body);
    }

    @Override
    public String toString() {
        return "WhisperApiSpeechToText[" + settings + "]";
    }
}
