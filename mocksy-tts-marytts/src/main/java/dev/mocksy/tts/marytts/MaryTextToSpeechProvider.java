package dev.mocksy.tts.marytts;

import com.google.auto.service.AutoService;
import dev.mocksy.MocksyHome;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.TextToSpeechProvider;

/**
 * Discovers {@link MaryTextToSpeech} as provider {@code marytts}: offline, so it serves whenever it is on the class
 * path and no other voice is chosen.
 *
 * <p>Settings: {@code mocksy.marytts.voice} (default {@code cmu-slt-hsmm}); MaryTTS writes its log under
 * {@code $MOCKSY_HOME/marytts}.
 */
@AutoService(TextToSpeechProvider.class)
public final class MaryTextToSpeechProvider implements TextToSpeechProvider {

    @Override
    public String id() {
        return MaryTextToSpeech.ID;
    }

    @Override
    public TextToSpeech create(ProviderContext context) {
        MaryTextToSpeech.Builder builder = MaryTextToSpeech.builder()
                .baseDirectory(MocksyHome.resolve(context.config()).resolve("marytts"));
        context.config().get("mocksy.marytts.voice").ifPresent(builder::voice);
        return builder.build();
    }
}
