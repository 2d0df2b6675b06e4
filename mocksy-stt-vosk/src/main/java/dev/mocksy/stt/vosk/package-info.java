/** Vosk: offline streaming SpeechToText. */
package dev.mocksy.stt.vosk;
