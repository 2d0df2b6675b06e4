/**
 * Choosing what to ask: the {@link dev.mocksy.question.QuestionGenerator} SPI, questions with their key points,
 * follow-ups, and the offline question bank.
 */
package dev.mocksy.question;
