/**
 * The interview as an event-sourced state machine: plans, sessions, their states and events, and the engine that
 * starts, reopens and lists them.
 */
package dev.mocksy.interview;
