package dev.mocksy.speech;

/** Gives the interviewer a voice. */
public interface TextToSpeech {

    /** Speaks the text into an audio clip. */
    AudioClip synthesize(String text);
}
