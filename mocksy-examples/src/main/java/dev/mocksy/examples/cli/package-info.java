/**
 * The terminal app behind {@code ./mocksy}: picocli commands, each a thin client of the {@link dev.mocksy.Mocksy}
 * facade.
 */
package dev.mocksy.examples.cli;
