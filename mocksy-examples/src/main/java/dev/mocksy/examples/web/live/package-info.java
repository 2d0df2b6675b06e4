/**
 * Spoken answers streamed over a WebSocket to the session's live speech recognition, and the interviewer's voice from
 * the server sent back over it sentence by sentence.
 */
package dev.mocksy.examples.web.live;
