/**
 * The end-of-interview report: the {@link dev.mocksy.report.ReportGenerator} SPI, the report value and its JSON and
 * Markdown writers.
 */
package dev.mocksy.report;
