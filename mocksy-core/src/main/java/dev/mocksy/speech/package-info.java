/**
 * Speech in and out: the speech-to-text and text-to-speech SPIs, audio clips and WAV files, and delivery analysis
 * (pace, pauses, fillers, pitch).
 */
package dev.mocksy.speech;
