package dev.mocksy.stt.whisper;

import com.google.auto.service.AutoService;
import dev.mocksy.http.okhttp.HttpProviderConfig;
import dev.mocksy.http.okhttp.HttpProviderFactory;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.spi.SpeechToTextProvider;
import java.nio.file.Path;

/**
 * Finds Whisper: id {@code whisper}. With {@code mocksy.whisper.model-file} it runs whisper.cpp locally; otherwise
 * it calls the OpenAI-compatible endpoint at {@code mocksy.whisper.base-url} (OpenAI by default, which needs a key);
 * see {@link WhisperApiSettings#from} for its settings.
 */
@AutoService(SpeechToTextProvider.class)
public final class WhisperSpeechToTextProvider extends HttpProviderFactory<SpeechToText>
        implements SpeechToTextProvider {

    public WhisperSpeechToTextProvider() {
        super(
                WhisperApiSpeechToText.ID,
                WhisperApiSpeechToText.KEY_HELP,
                WhisperApiSettings.API_KEY,
                WhisperApiSettings.OPENAI_API_KEY);
    }

    @Override
    protected SpeechToText build(HttpProviderConfig config) {
        return config.get(LocalWhisperSpeechToText.MODEL_FILE)
                .<SpeechToText>map(file -> LocalWhisperSpeechToText.load(
                        Path.of(file), config.get(WhisperApiSettings.LANGUAGE).orElse(null)))
                .orElseGet(() -> new WhisperApiSpeechToText(WhisperApiSettings.from(config)));
    }
}
