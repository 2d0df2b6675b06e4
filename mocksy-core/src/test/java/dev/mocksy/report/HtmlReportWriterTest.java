package dev.mocksy.report;

import static dev.mocksy.report.Journal.scored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.Note;
import dev.mocksy.question.Question;
import dev.mocksy.report.layout.Block;
import dev.mocksy.report.layout.Chart;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\" <img src=x onerror=alert(1)>";

    private final HtmlReportWriter writer = new HtmlReportWriter();

    private static ReportContent content() {
        InterviewSnapshot session = Journal.start("html-1", Interviews.backendPlan(2))
                .answered(
                        Interviews.INDEX,
                        "A B-tree index lets PostgreSQL find rows without a full scan, but every insert updates it.",
                        scored(8.5)
                                .category(RubricCategory.COMMUNICATION, 7.0)
                                .covered("Indexes avoid full table scans")
                                .quote("find rows without a full scan", "covers: indexes avoid full table scans")
                                .build())
                .followUp(
                        Interviews.CACHE,
                        HOSTILE,
                        scored(3.0).missed("Cache invalidation").build())
                .complete()
                .snapshot();
        InterviewReport report =
                new HeuristicReportGenerator().generate(session, Instant.parse("2026-11-22T11:00:00Z"));
        Map<String, Question> questions =
                Map.of(Interviews.INDEX.id(), Interviews.INDEX, Interviews.CACHE.id(), Interviews.CACHE);
        List<ProgressPoint> progress = List.of(
                new ProgressPoint("earlier-1", Instant.parse("2026-11-01T10:00:00Z"), 55),
                new ProgressPoint(report.sessionId(), session.createdAt(), report.overall()));
        List<Note> notes = List.of(new Note(Interviews.INDEX.id(), "Revise <b>partial</b> indexes", Instant.now()));
        return new ReportContent(report, questions, progress, notes, Set.of(Interviews.INDEX.id()));
    }

    @Test
    void should_draw_the_radar_the_question_bars_and_the_progress_line_as_inline_svg() {
        ReportContent content = content();

        String html = writer.write(content);

        assertThat(count(html, "<svg ")).isEqualTo(3);
        assertThat(html)
                .contains("<figcaption>Scores by category</figcaption>")
                .contains("<figcaption>Score per question</figcaption>")
                .contains("<figcaption>Progress across sessions</figcaption>");
        assertThat(html)
                .contains("<title>Overall score out of 100 per session: Nov 1 55, Nov 22 "
                        + content.report().overall() + ".</title>");
        assertThat(html).contains("Up " + (content.report().overall() - 55) + " points on the session before");
        for (var entry : content.report().categories().entrySet()) {
            assertThat(html).contains(entry.getKey().displayName());
        }
        assertThat(html).contains("<polygon");
        assertThat(count(html, "<rect ")).isEqualTo(content.report().questions().size());
    }

    @Test
    void should_escape_everything_the_candidate_typed() {
        String html = writer.write(content());

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>partial");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
        assertThat(html).contains("Revise &lt;b&gt;partial&lt;/b&gt; indexes");
    }

    @Test
    void should_be_self_contained_with_nothing_loaded_from_elsewhere() {
        String html = writer.write(content());

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<style>")
                .doesNotContain("<link")
                .doesNotContainPattern("<[a-z]+[^>]*\\ssrc=");
        assertThat(html.replace("http://www.w3.org/2000/svg", ""))
                .doesNotContain("http://")
                .doesNotContain("https://");
    }

    @Test
    void should_show_what_a_strong_answer_covers_beside_the_candidates_answer_and_the_evidence() {
        ReportContent content = content();
        List<Block> blocks = content.layout().blocks();

        Block.SideBySide index = blocks.stream()
                .filter(block -> block instanceof Block.SideBySide)
                .map(block -> (Block.SideBySide) block)
                .findFirst()
                .orElseThrow();
        assertThat(index.left()).contains("B-tree index lets PostgreSQL");
        assertThat(index.right())
                .isEqualTo(Interviews.INDEX.keyPoints().stream()
                        .map(k -> k.point())
                        .toList());
        String html = writer.write(content);
        assertThat(html)
                .contains("(bookmarked)")
                .contains("Evidence")
                .contains("Missed")
                .contains("Cache invalidation");
        assertThat(html).contains("Produced by heuristics, not a language model");
    }

    @Test
    void should_draw_no_radar_from_fewer_than_three_categories_but_still_list_them() {
        InterviewReport report = content().report().toBuilder()
                .categories(Map.of(RubricCategory.COMMUNICATION, 6.0, RubricCategory.PROBLEM_SOLVING, 4.5))
                .build();

        List<Chart> charts = ReportContent.of(report).layout().charts();

        assertThat(charts).extracting(Chart::title).containsExactly("Score per question");
        assertThat(writer.write(ReportContent.of(report))).contains("<td>Problem solving</td><td>4.5/10</td>");
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
