/**
 * Tokenising, sentence splitting, stemming and phrase matching behind the offline evaluator.
 *
 * <p><b>Unsupported:</b> internal to Mocksy; may change in any release without notice.
 */
package dev.mocksy.internal.text;
