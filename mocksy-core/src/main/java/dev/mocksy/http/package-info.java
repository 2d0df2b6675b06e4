/**
 * What every HTTP provider shares, free of any HTTP client and of any vendor: the retry policy and the call's
 * {@link dev.mocksy.http.Deadline}, the status-to-exception mapping with its {@link dev.mocksy.http.ErrorFormat} hook
 * (each vendor's module reads its own error bodies), {@code Retry-After} parsing, secret redaction, and the memory of
 * rejected keys.
 */
package dev.mocksy.http;
