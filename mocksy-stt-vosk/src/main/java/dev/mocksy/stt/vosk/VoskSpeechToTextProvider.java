package dev.mocksy.stt.vosk;

import com.google.auto.service.AutoService;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.SpeechToTextProvider;

/** Finds Vosk as the offline speech recogniser: id {@code vosk}; any other recogniser present takes precedence. */
@AutoService(SpeechToTextProvider.class)
public final class VoskSpeechToTextProvider implements SpeechToTextProvider {

    @Override
    public String id() {
        return "vosk";
    }

    @Override
    public SpeechToText create(ProviderContext context) {
        ProviderConfig config = context.config();
        return VoskSpeechToText.create(config);
    }

    @Override
    public int priority() {
        return -10;
    }
}
