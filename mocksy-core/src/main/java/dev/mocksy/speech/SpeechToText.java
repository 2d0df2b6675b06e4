package dev.mocksy.speech;

/** Turns speech into text. */
public interface SpeechToText {

    /**
     * Transcribes a whole clip.
     *
     * @throws dev.mocksy.UnsupportedInputException when the audio format cannot be recognised
     */
    Transcript transcribe(AudioClip audio);
}
