package dev.mocksy.llm.openai;

import com.google.auto.service.AutoService;
import dev.mocksy.http.okhttp.HttpProviderConfig;
import dev.mocksy.http.okhttp.HttpProviderFactory;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.spi.TextToSpeechProvider;

/**
 * Discovers {@link OpenAiTextToSpeech} as provider {@code openai}.
 *
 * <p>Settings: {@code openai.api-key} (environment {@code OPENAI_API_KEY}), {@code mocksy.openai.tts-model},
 * {@code mocksy.openai.voice}, {@code mocksy.openai.base-url}, and like the language model
 * {@code mocksy.openai.max-attempts} and {@code mocksy.openai.timeout-seconds}.
 */
@AutoService(TextToSpeechProvider.class)
public final class OpenAiTextToSpeechProvider extends HttpProviderFactory<TextToSpeech>
        implements TextToSpeechProvider {

    public OpenAiTextToSpeechProvider() {
        super(OpenAiLanguageModel.ID, OpenAiLanguageModel.KEY_HELP, OpenAiLanguageModel.KEY_SETTING);
    }

    @Override
    protected TextToSpeech build(HttpProviderConfig config) {
        OpenAiTextToSpeech.Builder builder = config.configure(OpenAiTextToSpeech.builder());
        config.get("mocksy.openai.tts-model").ifPresent(builder::model);
        config.get("mocksy.openai.voice").ifPresent(builder::voice);
        return builder.build();
    }
}
