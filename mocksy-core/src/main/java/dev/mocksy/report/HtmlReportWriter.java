package dev.mocksy.report;

import dev.mocksy.report.layout.Block;
import dev.mocksy.report.layout.Block.Bullets;
import dev.mocksy.report.layout.Block.Figure;
import dev.mocksy.report.layout.Block.Heading;
import dev.mocksy.report.layout.Block.Paragraph;
import dev.mocksy.report.layout.Block.SideBySide;
import dev.mocksy.report.layout.Block.Table;
import dev.mocksy.report.layout.ReportLayout;
import dev.mocksy.report.layout.SvgRenderer;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as one self-contained HTML page: styles inline, charts as inline SVG (the categories as a radar, a
 * bar per question, the progress line across sessions), no script and nothing loaded from elsewhere, so it opens
 * offline and can be mailed as is.
 *
 * <p>Everything that came from the candidate or a provider is escaped: an answer such as {@code <script>} is shown
 * as typed. Stateless and thread-safe.
 *
 * <pre>{@code
 * String html = new HtmlReportWriter().write(ReportContent.of(session.snapshot(), progress));
 * }</pre>
 */
public final class HtmlReportWriter {

    private static final String STYLE = "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;"
            + "color:#1f2933;max-width:820px;margin:2em auto;padding:0 1em;line-height:1.45}"
            + "h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #d9e2ec;padding-bottom:.2em;"
            + "margin-top:1.6em}h3{margin-top:1.4em}.subtitle,.muted{color:#616e7c}.warning{color:#c62828}"
            + ".strong{font-weight:bold}figure{margin:1em 0}figcaption{font-weight:bold;margin-bottom:.3em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #d9e2ec;padding:.25em .7em;text-align:left}"
            + ".side{display:flex;gap:1em;flex-wrap:wrap}.side>div{flex:1 1 300px;background:#f5f7fa;"
            + "padding:.6em .9em;border-radius:6px}.side h4{margin:.1em 0 .4em}.answer{white-space:pre-wrap}"
            + ".label{font-weight:bold;margin-bottom:0}";

    /** The report as an HTML document. */
    public String write(ReportContent content) {
        Objects.requireNonNull(content, "content");
        ReportLayout layout = content.layout();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(escape(layout.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head>\n<body>\n<h1>")
                .append(escape(layout.title()))
                .append("</h1>\n<p class=\"subtitle\">")
                .append(escape(layout.subtitle()))
                .append("</p>\n");
        for (Block block : layout.blocks()) {
            block(html, block);
        }
        return html.append("</body></html>\n").toString();
    }

    private static void block(StringBuilder html, Block block) {
        if (block instanceof Heading heading) {
            int level = Math.max(2, Math.min(4, heading.level()));
            html.append("<h").append(level).append('>');
            html.append(escape(heading.text())).append("</h").append(level).append(">\n");
        } else if (block instanceof Paragraph paragraph) {
            String css =
                    switch (paragraph.tone()) {
                        case NORMAL -> "";
                        case MUTED -> " class=\"muted\"";
                        case WARNING -> " class=\"warning\"";
                        case STRONG -> " class=\"strong\"";
                    };
            html.append("<p")
                    .append(css)
                    .append('>')
                    .append(escape(paragraph.text()))
                    .append("</p>\n");
        } else if (block instanceof Bullets bullets) {
            if (bullets.label() != null) {
                html.append("<p class=\"label\">")
                        .append(escape(bullets.label()))
                        .append("</p>\n");
            }
            String tag = bullets.numbered() ? "ol" : "ul";
            html.append('<').append(tag).append('>');
            for (String item : bullets.items()) {
                html.append("<li>").append(escape(item)).append("</li>");
            }
            html.append("</").append(tag).append(">\n");
        } else if (block instanceof Figure figure) {
            html.append("<figure><figcaption>")
                    .append(escape(figure.chart().title()))
                    .append("</figcaption>")
                    .append(SvgRenderer.render(figure.chart()))
                    .append("</figure>\n");
        } else if (block instanceof Table table) {
            html.append("<table><tr>");
            table.header()
                    .forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
            html.append("</tr>");
            for (List<String> row : table.rows()) {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
                html.append("</tr>");
            }
            html.append("</table>\n");
        } else if (block instanceof SideBySide side) {
            html.append("<div class=\"side\"><div><h4>")
                    .append(escape(side.leftTitle()))
                    .append("</h4><div class=\"answer\">")
                    .append(escape(side.left()))
                    .append("</div></div>");
            if (!side.right().isEmpty()) {
                html.append("<div><h4>").append(escape(side.rightTitle())).append("</h4><ul>");
                side.right()
                        .forEach(
                                line -> html.append("<li>").append(escape(line)).append("</li>"));
                html.append("</ul></div>");
            }
            html.append("</div>\n");
        }
    }

    /** Text safe inside an HTML element or attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
