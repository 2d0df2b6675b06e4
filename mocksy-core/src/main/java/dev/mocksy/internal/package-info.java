/**
 * Mocksy's own plumbing (JSON set-up, text analysis, prompt templates, structured calls to a language model).
 *
 * <p><b>Unsupported:</b> these packages are not part of Mocksy's API; they change or disappear in any release
 * without notice. Use the types of the public packages instead.
 */
package dev.mocksy.internal;
