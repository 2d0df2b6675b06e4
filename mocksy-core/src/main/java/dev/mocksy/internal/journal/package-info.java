/**
 * The journal's own wire format: versioned event records mapped to and from the domain's events, so that the public
 * types can change without breaking stored journals.
 *
 * <p><b>Unsupported:</b> internal to Mocksy; may change in any release without notice. Stores call
 * {@link dev.mocksy.internal.journal.JournalCodec}.
 */
package dev.mocksy.internal.journal;
