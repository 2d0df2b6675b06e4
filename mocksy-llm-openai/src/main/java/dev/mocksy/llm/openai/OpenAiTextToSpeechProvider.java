package dev.mocksy.llm.openai;

import com.google.auto.service.AutoService;
import dev.mocksy.AuthenticationException;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.TextToSpeechProvider;

/**
 * Discovers {@link OpenAiTextToSpeech} as provider {@code openai}.
 *
 * <p>Settings: {@code openai.api-key} (environment {@code OPENAI_API_KEY}), {@code mocksy.openai.tts-model},
 * {@code mocksy.openai.voice}, {@code mocksy.openai.base-url}.
 */
@AutoService(TextToSpeechProvider.class)
public final class OpenAiTextToSpeechProvider implements TextToSpeechProvider {

    @Override
    public String id() {
        return OpenAiLanguageModel.ID;
    }

    @Override
    public TextToSpeech create(ProviderContext context) {
        ProviderConfig config = context.config();
        OpenAiTextToSpeech.Builder builder = OpenAiTextToSpeech.builder();
        config.get("mocksy.openai.tts-model").ifPresent(builder::model);
        config.get("mocksy.openai.voice").ifPresent(builder::voice);
        config.get("mocksy.openai.base-url").ifPresent(builder::baseUrl);
        String key = config.get("openai.api-key")
                .orElseThrow(() ->
                        new AuthenticationException(id(), "no API key is configured", OpenAiLanguageModel.KEY_HELP, 0));
        return builder.apiKey(key).build();
    }

    /** Sends data to the provider's servers: used only when chosen by id, never by discovery. */
    @Override
    public boolean remote() {
        return true;
    }
}
