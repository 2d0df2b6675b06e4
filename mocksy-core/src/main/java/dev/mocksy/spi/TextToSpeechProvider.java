package dev.mocksy.spi;

import dev.mocksy.speech.TextToSpeech;

/** Creates {@link TextToSpeech}s, which give the interviewer a voice. */
public interface TextToSpeechProvider extends ProviderFactory<TextToSpeech> {}
