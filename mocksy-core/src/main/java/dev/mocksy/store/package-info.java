/**
 * The journal of interview events: the {@link dev.mocksy.store.InterviewStore} SPI with its in-memory and JSON-lines
 * file implementations.
 */
package dev.mocksy.store;
