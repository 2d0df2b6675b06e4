/**
 * The provider's wire format: request and reply records and their mapping.
 *
 * <p><b>Unsupported:</b> internal to this module; may change in any release without notice.
 */
package dev.mocksy.llm.claude.internal;
