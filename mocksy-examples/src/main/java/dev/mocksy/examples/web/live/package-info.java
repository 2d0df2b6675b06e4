/** Spoken answers streamed over a WebSocket to the session's live speech recognition. */
package dev.mocksy.examples.web.live;
