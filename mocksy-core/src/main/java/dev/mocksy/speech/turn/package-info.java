/**
 * Hands-free turn-taking: voice activity detection, a patient end-of-turn decision, backchannel cues, barge-in and
 * clarification prompts, reported to a {@link dev.mocksy.speech.turn.TurnListener}.
 *
 * <p>Times are audio time (samples fed so far), not wall-clock time, so behaviour is the same live and in tests.
 */
package dev.mocksy.speech.turn;
