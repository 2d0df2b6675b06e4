package dev.mocksy.report.layout;

import java.util.List;
import java.util.Objects;

/**
 * A report laid out for any format: a title, a line under it, and its blocks in reading order.
 *
 * @param title e.g. "Interview report: Backend · Technical · Mid-level"
 * @param subtitle the date, the session and how many questions were asked
 * @param blocks the content, in order
 */
public record ReportLayout(String title, String subtitle, List<Block> blocks) {

    public ReportLayout {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        blocks = List.copyOf(blocks);
    }

    /** The charts, in order. */
    public List<Chart> charts() {
        return blocks.stream()
                .filter(block -> block instanceof Block.Figure)
                .map(block -> ((Block.Figure) block).chart())
                .toList();
    }
}
