package dev.mocksy.spi;

import dev.mocksy.speech.SpeechToText;

/** Creates {@link SpeechToText}s, which transcribe speech. */
public interface SpeechToTextProvider extends ProviderFactory<SpeechToText> {}
