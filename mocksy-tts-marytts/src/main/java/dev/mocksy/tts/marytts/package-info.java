/**
 * An offline interviewer voice: {@link dev.mocksy.tts.marytts.MaryTextToSpeech}, MaryTTS with the cmu-slt-hsmm US
 * English voice, found by the provider registry as {@code marytts}.
 */
package dev.mocksy.tts.marytts;
