package dev.mocksy.report.pdf.bench;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.report.HtmlReportWriter;
import dev.mocksy.report.ProgressPoint;
import dev.mocksy.report.ReportContent;
import dev.mocksy.report.pdf.PdfReportRenderer;
import dev.mocksy.store.InMemoryInterviewStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering one report: an offline 8-question interview with follow-ups (about 6 A4 pages, three charts, twelve
 * progress points), to PDF with PDFBox; the same content to self-contained HTML is the peer in the same run.
 *
 * <p>Run: {@code scripts/jmh mocksy-report-pdf PdfReportBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PdfReportBenchmark {

    private ReportContent content;
    private final PdfReportRenderer pdf = new PdfReportRenderer();
    private final HtmlReportWriter html = new HtmlReportWriter();

    @Setup
    public void setUp() {
        Mocksy mocksy =
                Mocksy.builder().isolated().store(new InMemoryInterviewStore()).build();
        InterviewSession session = mocksy.startInterview(InterviewPlan.builder()
                .role("backend")
                .type("technical")
                .questionCount(8)
                .maxFollowUps(1)
                .build());
        session.start();
        while (true) {
            session.submitAnswer("I would measure first: our checkout API took 900 ms at p99; I found an N+1 query,"
                    + " replaced it with a join and an index on customer_id, and cached the catalogue in Redis.");
            if (session.next().isEmpty()) {
                break;
            }
        }
        session.report();
        ReportContent single = ReportContent.of(session.snapshot(), List.of());
        List<ProgressPoint> progress = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            progress.add(new ProgressPoint(
                    "earlier-" + i, session.snapshot().createdAt().minus(Duration.ofDays(12 - i)), 30 + 4 * i));
        }
        progress.add(new ProgressPoint(
                session.id(), session.snapshot().createdAt(), single.report().overall()));
        content = new ReportContent(single.report(), single.questions(), progress, single.notes(), single.bookmarks());
    }

    @Benchmark
    public byte[] pdf() {
        return pdf.render(content);
    }

    @Benchmark
    public String html() {
        return html.write(content);
    }
}
