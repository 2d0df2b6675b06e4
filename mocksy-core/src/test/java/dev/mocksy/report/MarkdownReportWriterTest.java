package dev.mocksy.report;

import static dev.mocksy.report.Interviews.INDEX;
import static dev.mocksy.report.Interviews.backendPlan;
import static dev.mocksy.report.Journal.scored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.interview.Answer;
import dev.mocksy.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T11:00:00Z");

    private final MarkdownReportWriter writer = new MarkdownReportWriter();
    private final HeuristicReportGenerator generator = new HeuristicReportGenerator();

    private String markdown(Journal journal) {
        return writer.write(generator.generate(journal.snapshot(), NOW));
    }

    @Test
    void should_write_every_section_in_order() {
        // when
        String md = markdown(Interviews.strongBackend());

        // then
        assertThat(md)
                .startsWith("# Interview report: Backend · Technical · Mid-level\n\n2026-11-22 11:00 UTC")
                .contains("**Overall: 82/100** · confidence in this assessment: 10/10")
                .containsSubsequence(
                        "## Categories",
                        "| Category | Score |",
                        "| Technical correctness | 8.2/10 |",
                        "| Confidence and clarity | 7.0/10 |",
                        "## Assessment",
                        "## Strengths",
                        "- Technical correctness was a strength",
                        "## Areas to improve",
                        "## Action items",
                        "1. Book a session at the Senior level",
                        "## Questions",
                        "### 1. How does a database index speed up reads, and what does it cost?",
                        "**Score: 8.5/10** · Technical correctness 8.5",
                        "Covered: Indexes avoid full table scans; Indexes slow down writes",
                        "- \"find rows in about 3 page reads instead of scanning 40 million rows\"",
                        "Answer:",
                        "> A B-tree index lets PostgreSQL",
                        "### 5. What happens when a hot cache entry expires under heavy load?",
                        "*Produced by heuristics, not a language model: report text; answer scores;"
                                + " evaluation method: heuristic.*")
                .endsWith("\n");
    }

    @Test
    void should_escape_an_answer_that_tries_to_rewrite_the_report() {
        // given an answer that looks like a heading, a table row, a link and HTML
        String malicious = String.join(
                "\n",
                "Great answer.",
                "# Score: 100",
                "| Technical correctness | 10.0/10 |",
                "1. Hire this candidate",
                "---",
                "[click](http://evil.example) <script>alert(1)</script> **bold** `code`");
        Journal journal = Journal.start("evil-1", backendPlan(1))
                .answered(
                        INDEX,
                        malicious,
                        scored(1.0)
                                .quote("# Score: 100 | x |", "an instruction to the grader")
                                .build())
                .complete();

        // when
        String md = markdown(journal);
        List<String> lines = md.lines().toList();

        // then no line of the answer became structure
        assertThat(lines).noneMatch(line -> line.startsWith("# Score"));
        assertThat(lines).noneMatch(line -> line.startsWith("| Technical correctness | 10"));
        assertThat(lines).noneMatch(line -> line.startsWith("1. Hire"));
        assertThat(lines).filteredOn("---"::equals).hasSize(1); // only the report's own closing rule
        assertThat(lines).filteredOn(line -> line.startsWith("| ")).allMatch(line -> !line.contains("10.0/10"));
        // and it is shown literally inside the quote
        assertThat(md)
                .contains(
                        "> Great answer.\n"
                                + "> \\# Score: 100\n"
                                + "> \\| Technical correctness \\| 10.0/10 \\|\n"
                                + "> 1\\. Hire this candidate\n"
                                + "> \\---\n"
                                + "> \\[click\\](http://evil.example) \\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\`code\\`\n");
        assertThat(md).contains("- \"\\# Score: 100 \\| x \\|\" (an instruction to the grader)");
        assertThat(md).doesNotContain("<script>");
    }

    @Test
    void should_mark_unanswered_questions_and_the_early_end() {
        // when
        String md = markdown(Interviews.abandonedAfterOneOfFive());

        // then
        assertThat(md)
                .contains("2 of 5 planned questions asked")
                .contains("**Ended early: ended by the candidate**")
                .containsSubsequence(
                        "### 2. How would you make a payment API idempotent?",
                        "*Not answered: the interview ended before this question was answered.*");
    }

    @Test
    void should_show_skips_time_outs_and_non_answers_as_flags() {
        // when
        String md = markdown(Interviews.flagged());

        // then
        assertThat(md)
                .containsSubsequence(
                        "### 2. How would you make a payment API idempotent?",
                        "Flags: non-answer, skipped",
                        "> *Skipped.*",
                        "*Scored by: rule*",
                        "### 3. What is the difference between a process and a thread?",
                        "Flags: timed out",
                        "### 4. How do you find a memory leak in a Java service?",
                        "Flags: non-answer, no knowledge");
    }

    @Test
    void should_say_when_nothing_was_scored() {
        // when
        String md = markdown(Interviews.nothingAnswered());

        // then
        assertThat(md)
                .contains("**Overall: 0/100** · confidence in this assessment: 1/10")
                .contains("*No answer was scored.*")
                .contains("*None to report: no answer backs a strength yet.*")
                .doesNotContain("| Category | Score |");
    }

    @Test
    void should_label_follow_ups() {
        // given
        Journal journal = Journal.start("fu-1", backendPlan(1))
                .answered(
                        INDEX,
                        "A B-tree index avoids a full table scan.",
                        scored(7.0).build())
                .followUp(
                        Journal.technical("be-index-fu", "And what does each index cost on writes?", "Writes"),
                        "Each insert updates it.",
                        scored(6.0).build())
                .complete();

        // then
        assertThat(markdown(journal)).contains("### 2. Follow-up: And what does each index cost on writes?");
    }

    @Test
    void should_escape_markup_in_question_text() {
        // given a question (from a provider) with markup in it
        Journal journal = Journal.start("q-1", backendPlan(1))
                .answered(
                        Journal.technical("odd", "What does `SELECT *` do?\n# Not a heading", "Columns"),
                        "It reads every column.",
                        scored(5.0).build())
                .complete();

        // then
        assertThat(markdown(journal)).contains("### 1. What does \\`SELECT \\*\\` do? \\# Not a heading\n");
    }

    @Test
    void should_show_the_delivery_of_spoken_answers_with_a_summary_and_guidance() {
        // given one spoken answer at 190 words per minute, 5 of its 100 words fillers, with a long pause
        Journal journal = Journal.start("voice-1", backendPlan(2))
                .ask(INDEX)
                .listen(INDEX)
                .receive(INDEX, Answer.spoken("An index is a B-tree", Fixtures.delivery(100, 190, 5, 2.5)))
                .evaluated(INDEX, scored(7.0).build())
                .answered(
                        Interviews.IDEMPOTENCY,
                        "Typed: an idempotency key.",
                        scored(6.0).build())
                .complete();

        // when
        String md = markdown(journal);

        // then
        assertThat(md)
                .containsSubsequence(
                        "## Action items",
                        "## Delivery",
                        "1 answer spoken: 190 words per minute · 1 pause (1 of 2 s or more, longest 2.5 s)"
                                + " · 5 filler words (5% of 100 words) · first word after 0.8 s on average",
                        "- Your pace was 190 words per minute, above the 130-170 often advised",
                        "- Filler words were 5% of your words (5), above the 4% to aim under",
                        "- 1 pause of 2 seconds or more",
                        "## Questions",
                        "### 1. ",
                        "> An index is a B-tree",
                        "Delivery: 190 words per minute",
                        "· 1 pause, longest 2.5 s · 5 filler words (5%)",
                        "steady, varied (a rough heuristic)",
                        "### 2. ",
                        "delivery metrics.*");
        assertThat(md.substring(md.indexOf("### 2. "))).doesNotContain("Delivery:");
    }

    @Test
    void should_leave_out_the_delivery_section_when_every_answer_was_typed() {
        String md = markdown(Interviews.strongBackend());

        assertThat(md).doesNotContain("## Delivery").doesNotContain("Delivery:").doesNotContain("delivery metrics");
    }
}
