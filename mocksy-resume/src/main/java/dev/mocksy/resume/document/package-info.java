/**
 * Reading documents into text: the {@code ResumeParser} for PDF (PDFBox), DOCX and DOC (Tika), RTF, HTML, Markdown
 * and text, with its size, page and time limits.
 */
package dev.mocksy.resume.document;
