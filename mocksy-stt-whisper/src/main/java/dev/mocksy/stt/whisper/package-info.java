/** Whisper: SpeechToText over the OpenAI-compatible transcription API or local whisper.cpp. */
package dev.mocksy.stt.whisper;
