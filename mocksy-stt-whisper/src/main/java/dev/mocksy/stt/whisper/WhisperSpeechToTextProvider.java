package dev.mocksy.stt.whisper;

import com.google.auto.service.AutoService;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.SpeechToTextProvider;
import java.nio.file.Path;

/**
 * Finds Whisper: id {@code whisper}. With {@code mocksy.whisper.model-file} it runs whisper.cpp locally; otherwise
 * it calls the OpenAI-compatible endpoint at {@code mocksy.whisper.base-url} (OpenAI by default, which needs a key).
 */
@AutoService(SpeechToTextProvider.class)
public final class WhisperSpeechToTextProvider implements SpeechToTextProvider {

    @Override
    public String id() {
        return "whisper";
    }

    @Override
    public SpeechToText create(ProviderContext context) {
        ProviderConfig config = context.config();
        return config.get(LocalWhisperSpeechToText.MODEL_FILE)
                .<SpeechToText>map(file -> LocalWhisperSpeechToText.load(
                        Path.of(file), config.get(WhisperApiSettings.LANGUAGE).orElse(null)))
                .orElseGet(() -> new WhisperApiSpeechToText(WhisperApiSettings.from(config)));
    }

    /** Sends data to the provider's servers: used only when chosen by id, never by discovery. */
    @Override
    public boolean remote() {
        return true;
    }
}
