/**
 * Mocksy's entry point, {@link dev.mocksy.Mocksy}, the one facade through which every capability is reached, and
 * {@link dev.mocksy.MocksyException} with its typed subclasses.
 */
package dev.mocksy;
