package dev.mocksy.resume.document;

/** Text pulled out of one file, with its page count (1 for formats without pages). */
record ExtractedText(String text, int pages) {}
