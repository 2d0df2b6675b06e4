package dev.mocksy.report;

import java.util.regex.Pattern;

/**
 * Makes untrusted text (answers, quotes, questions) safe to put into a Markdown document: it is shown literally and
 * cannot start a heading, a table row, a list, a link, raw HTML or a code span.
 */
final class MarkdownText {

    /** Characters that mean something anywhere in a line; CommonMark lets a backslash escape any of them. */
    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~!&{}])");

    /** What makes a line a list item, a setext underline, a thematic break or a block quote when it starts it. */
    private static final Pattern LINE_START_SPECIAL = Pattern.compile("^([-+=]|\\d{1,9}(?=[.)]))");

    private MarkdownText() {}

    /** Text for inside a paragraph, list item, heading or table cell: one line, every special character escaped. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return escapeLineStart(INLINE_SPECIAL.matcher(oneLine).replaceAll("\\\\$1"));
    }

    /**
     * Text as a block quote, line breaks kept: every line is prefixed with {@code "> "} and escaped, so nothing in it
     * can end the quote or start a block of its own.
     */
    static String blockQuote(String text) {
        if (text == null || text.isBlank()) {
            return "> *(empty)*";
        }
        StringBuilder quote = new StringBuilder();
        for (String line : text.strip().split("\\R", -1)) {
            // Leading spaces would make an indented code block; the answer's words matter, not its indentation.
            String stripped = line.strip();
            if (quote.length() > 0) {
                quote.append('\n');
            }
            quote.append(stripped.isEmpty() ? ">" : "> " + inline(stripped));
        }
        return quote.toString();
    }

    private static String escapeLineStart(String line) {
        // "1. x" is escaped as "1\. x": the backslash goes before the punctuation, not the digits.
        var matcher = LINE_START_SPECIAL.matcher(line);
        if (!matcher.find()) {
            return line;
        }
        String lead = matcher.group(1);
        return Character.isDigit(lead.charAt(0)) ? lead + "\\" + line.substring(lead.length()) : "\\" + line;
    }
}
