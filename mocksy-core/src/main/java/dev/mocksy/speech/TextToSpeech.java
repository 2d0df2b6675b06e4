package dev.mocksy.speech;

import java.util.function.Consumer;

/** Gives the interviewer a voice. */
public interface TextToSpeech {

    /** Speaks the text into an audio clip. */
    AudioClip synthesize(String text);

    /**
     * Speaks the text piece by piece, handing each clip to {@code pieces} on the calling thread as soon as it is ready,
     * so playback can start before the whole text is synthesized; the pieces played in order are the whole speech.
     *
     * <p>The default implementation hands on the whole clip at once; voices that synthesize a sentence at a time
     * override it.
     */
    default void synthesize(String text, Consumer<AudioClip> pieces) {
        pieces.accept(synthesize(text));
    }
}
