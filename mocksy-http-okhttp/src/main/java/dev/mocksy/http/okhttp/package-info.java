/**
 * Support for Mocksy's HTTP provider modules: okhttp calls under core's shared {@link dev.mocksy.http.RetryPolicy}
 * and {@link dev.mocksy.http.ProviderErrors}.
 *
 * <p>Public only so that provider modules can share one copy; applications should not depend on it, and it may
 * change between releases. Core itself stays free of okhttp.
 */
package dev.mocksy.http.okhttp;
