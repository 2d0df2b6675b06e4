package dev.mocksy.resume;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits resume text into sections at lines that are headings: short lines whose words are one of the usual
 * wordings of a section ({@code WORK HISTORY}, {@code Where I've worked:}, {@code ## Toolbox}).
 */
public final class SectionSplitter {

    private static final Map<String, SectionKind> HEADINGS = new HashMap<>();
    private static final Pattern DECORATION = Pattern.compile("[^\\p{L}&' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LETTER_SPACED = Pattern.compile("^(?:\\p{L} ){3,}\\p{L}$");

    static {
        for (SectionKind kind : SectionKind.values()) {
            for (String heading : kind.headings()) {
                HEADINGS.put(heading, kind);
            }
        }
    }

    private SectionSplitter() {}

    /** The sections in order; text before the first heading (name, contact) is not a section. */
    public static List<ResumeSection> split(String text) {
        List<ResumeSection> sections = new ArrayList<>();
        SectionKind current = null;
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Optional<SectionKind> kind = headingKind(line);
            if (kind.isPresent()) {
                if (current != null) {
                    sections.add(
                            new ResumeSection(current, heading, body.toString().strip()));
                }
                current = kind.get();
                heading = line.strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.add(new ResumeSection(current, heading, body.toString().strip()));
        }
        return List.copyOf(sections);
    }

    /** The section a line heads, if it is a heading. */
    public static Optional<SectionKind> headingKind(String line) {
        String stripped = line.strip().replace('’', '\'');
        if (stripped.isEmpty() || stripped.length() > 48) {
            return Optional.empty();
        }
        if (LETTER_SPACED.matcher(stripped).matches()) {
            stripped = stripped.replace(" ", ""); // "E X P E R I E N C E"
        }
        if (stripped.endsWith(":")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        } else if (stripped.contains(":")) {
            return Optional.empty(); // "Languages: Java, Go" is a labelled list, not a heading
        }
        String normalized = DECORATION
                .matcher(stripped.toLowerCase(Locale.ROOT).replace(" and ", " & "))
                .replaceAll(" ");
        normalized = SPACES.matcher(normalized).replaceAll(" ").strip();
        normalized = normalized.replace(" & ", " & ").replace("&", " & ");
        normalized = SPACES.matcher(normalized).replaceAll(" ").strip();
        return Optional.ofNullable(HEADINGS.get(normalized));
    }
}
