/**
 * A report laid out once, for every format: blocks of text, tables, side-by-side answers and vector charts, which the
 * HTML writer turns into HTML with inline SVG and the PDF renderer into PDF pages, so both show the same content and
 * the same charts.
 */
package dev.mocksy.report.layout;
