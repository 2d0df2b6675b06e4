/**
 * What every HTTP provider shares, free of any HTTP client: the retry policy, the status-to-exception mapping,
 * {@code Retry-After} parsing, secret redaction and a server-sent-events reader.
 */
package dev.mocksy.http;
