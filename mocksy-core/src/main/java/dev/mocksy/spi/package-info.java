/**
 * How providers are found: one factory interface per capability, {@link dev.mocksy.spi.ProviderRegistry} over
 * {@link java.util.ServiceLoader}, and {@link dev.mocksy.spi.Providers}, which resolves each capability once.
 */
package dev.mocksy.spi;
