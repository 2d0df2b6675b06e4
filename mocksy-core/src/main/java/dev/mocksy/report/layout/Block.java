package dev.mocksy.report.layout;

import java.util.List;
import java.util.Objects;

/** One piece of a laid-out report. All text is plain: each format escapes it its own way. */
public sealed interface Block {

    /** How a paragraph stands out. */
    enum Tone {
        NORMAL,
        MUTED,
        WARNING,
        STRONG
    }

    /** A section title; level 2 for sections, 3 for a question. */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph of plain text. */
    record Paragraph(String text, Tone tone) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /** A list of items, with an optional label before it, e.g. "Missed". */
    record Bullets(String label, List<String> items, boolean numbered) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A chart. */
    record Figure(Chart chart) implements Block {
        public Figure {
            Objects.requireNonNull(chart, "chart");
        }
    }

    /** A table with a header row. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The candidate's words beside what a strong answer covers. */
    record SideBySide(String leftTitle, String left, String rightTitle, List<String> right) implements Block {
        public SideBySide {
            Objects.requireNonNull(leftTitle, "leftTitle");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(rightTitle, "rightTitle");
            right = List.copyOf(right);
        }
    }
}
