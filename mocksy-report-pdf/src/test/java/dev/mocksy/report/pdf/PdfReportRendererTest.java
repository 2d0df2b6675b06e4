package dev.mocksy.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.UnsupportedInputException;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.report.ReportContent;
import dev.mocksy.report.ReportFormat;
import dev.mocksy.report.layout.Charts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report read back with PDFBox: its text, and its pages rendered to images. */
class PdfReportRendererTest {

    private static final String ANSWER = "I would add a B-tree index on customer_id because the query filters on it;"
            + " it slows inserts and takes disk space, so I would check EXPLAIN ANALYZE before and after.";
    private static final String CYRILLIC = "Индекс ускоряет чтение, но замедляет запись.";

    @TempDir
    Path home;

    private Mocksy mocksy;
    private String sessionId;

    @BeforeEach
    void twoSessions() {
        mocksy = Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting("mocksy.store", "file")
                .build();
        play("I don't know.");
        sessionId = play(ANSWER);
    }

    private String play(String firstAnswer) {
        InterviewSession session = mocksy.startInterview(InterviewPlan.builder()
                .role("backend")
                .type("technical")
                .technologies("PostgreSQL")
                .questionCount(2)
                .maxFollowUps(0)
                .build());
        session.start();
        session.submitAnswer(firstAnswer);
        session.next();
        session.submitAnswer(CYRILLIC + " ✓ 数据");
        session.next();
        session.report();
        return session.id();
    }

    @Test
    void should_hold_the_reports_text_charts_titles_answers_and_model_answers() throws IOException {
        ReportContent content = mocksy.reportContent(sessionId);

        String text = text(new PdfReportRenderer().render(content));

        assertThat(text).contains("Interview report: Backend");
        assertThat(text).contains("Overall: " + content.report().overall() + "/100");
        assertThat(text).contains("Categories", "Score per question", "Progress across sessions");
        assertThat(text).contains("Correctness", "Clarity");
        assertThat(text).contains("Your answer", "A strong answer");
        assertThat(squash(text)).contains(squash(ANSWER));
        assertThat(squash(text)).contains(squash(CYRILLIC));
        for (var question : content.report().questions()) {
            assertThat(squash(text)).contains(squash(question.question()));
            if (question.evaluation() != null && !question.evaluation().missed().isEmpty()) {
                assertThat(text).contains("Missed");
            }
        }
        String firstModelLine =
                content.questions().values().iterator().next().modelAnswer().get(0);
        assertThat(squash(text)).contains(squash(firstModelLine));
        assertThat(text).contains("Produced by heuristics");
    }

    @Test
    void should_render_pages_that_are_not_blank_with_the_charts_in_colour() throws IOException {
        byte[] pdf = new PdfReportRenderer().render(mocksy.reportContent(sessionId));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 60);
                ImageIO.write(
                        image,
                        "png",
                        home.resolve("page-" + (page + 1) + ".png").toFile());
                assertThat(inkShare(image)).as("ink on page %d", page + 1).isGreaterThan(0.005);
            }
            BufferedImage first = renderer.renderImageWithDPI(0, 60);
            assertThat(colouredPixels(first)).as("chart colours on page 1").isGreaterThan(200);
        }
        assertThat(home.resolve("page-1.png")).exists();
    }

    @Test
    void should_be_reached_through_the_facade_and_saved_as_a_file() throws IOException {
        byte[] pdf = mocksy.renderReport(sessionId, ReportFormat.PDF);
        Path saved = mocksy.saveReport(sessionId, ReportFormat.PDF, home.resolve("out/report.pdf"));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(Files.size(saved)).isGreaterThan(1000);
        assertThat(text(Files.readAllBytes(saved))).contains("Interview report");
    }

    @Test
    void should_draw_the_same_charts_as_the_html_report() {
        ReportContent content = mocksy.reportContent(sessionId);

        assertThat(content.layout().charts())
                .extracting(chart -> chart.title())
                .containsExactly("Scores by category", "Score per question", "Progress across sessions");
        assertThat(Charts.progress(content.progress(), sessionId))
                .map(chart -> chart.description())
                .isEqualTo(Optional.of(content.layout().charts().get(2).description()));
    }

    @Test
    void should_say_when_the_configured_font_cannot_be_used() throws IOException {
        Path notAFont = Files.writeString(home.resolve("font.ttf"), "not a font");

        assertThatThrownBy(() ->
                        new PdfReportRenderer(home.resolve("missing.ttf")).render(mocksy.reportContent(sessionId)))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new PdfReportRenderer(notAFont).render(mocksy.reportContent(sessionId)))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("not a TrueType font");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Text without line breaks and repeated spaces, to compare wrapped lines with the original. */
    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    private static long colouredPixels(BufferedImage image) {
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        return coloured;
    }
}
