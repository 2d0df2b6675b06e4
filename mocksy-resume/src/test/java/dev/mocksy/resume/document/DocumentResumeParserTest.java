package dev.mocksy.resume.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.UnsupportedInputException;
import dev.mocksy.resume.ResumeDocument;
import dev.mocksy.resume.ResumeParser;
import dev.mocksy.resume.ResumeRejectedException;
import dev.mocksy.resume.ResumeRejectedException.Reason;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderRegistry;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentResumeParserTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    final DocumentResumeParser parser = new DocumentResumeParser(ResumeLimits.DEFAULT);

    @ParameterizedTest
    @CsvSource({
        "01-tomasz-java-single.pdf, application/pdf, Larkspur Payments",
        "03-ines-devops-table.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, Atlântico",
        "06-diego-qa-doc.doc, application/msword, Banco Sereno",
        "09-kwame-sre-rtf.rtf, application/rtf, Sika Mobile Money",
        "10-sofia-intern-html.html, text/html, Tortellini Tech",
        "07-mei-fullstack-markdown.md, text/markdown, Tidepool Health",
        "08-jordan-junior-text.txt, text/plain, Outback Freight Co",
        "12-lukasz-go-nonenglish.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, Łukasz"
    })
    void should_read_every_supported_format(String file, String mediaType, String expectedText) throws IOException {
        ResumeDocument document = parse(CORPUS.resolve(file), file);

        assertThat(document.mediaType()).isEqualTo(mediaType);
        assertThat(document.text()).contains(expectedText);
        assertThat(document.pages()).isPositive();
    }

    @Test
    void should_read_a_pdf_named_docx_as_the_pdf_it_is() throws IOException {
        ResumeDocument document = parse(CORPUS.resolve("18-chloe-misnamed-pdf.docx"), "resume.docx");

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.text()).contains("Gaufre Studio");
    }

    @Test
    void should_strip_markdown_syntax_from_markdown_resumes() throws IOException {
        ResumeDocument document = parse(CORPUS.resolve("07-mei-fullstack-markdown.md"), "cv.md");

        assertThat(document.text())
                .contains("Mei Lin Zhao")
                .doesNotContain("# Mei")
                .doesNotContain("**");
    }

    @Test
    void should_read_a_two_column_pdf_column_by_column() throws IOException {
        String text = parse(CORPUS.resolve("02-amara-frontend-twocolumn.pdf"), "cv.pdf")
                .text();

        // The sidebar (skills, education) comes whole before the main column, not interleaved line by line.
        assertThat(text.indexOf("Figma")).isLessThan(text.indexOf("Summary"));
        assertThat(text.indexOf("Civic Forms")).isLessThan(text.indexOf("Rebuilt the form builder"));
        assertThat(text.indexOf("Rebuilt the form builder")).isLessThan(text.indexOf("Pixel & Pine"));
    }

    @Test
    void should_read_a_latex_minipage_layout_in_reading_order() throws IOException {
        String text = parse(CORPUS.resolve("05-henrik-embedded-latex-twocolumn.pdf"), "cv.pdf")
                .text();

        assertThat(text.indexOf("Fjordsense")).isLessThan(text.indexOf("Brought sleep current"));
        assertThat(text.indexOf("Brought sleep current")).isLessThan(text.indexOf("Nordlys Marine"));
    }

    @Test
    void should_read_a_table_layout_row_by_row() throws IOException {
        String text =
                parse(CORPUS.resolve("03-ines-devops-table.docx"), "cv.docx").text();

        assertThat(text.indexOf("2021 - Present")).isLessThan(text.indexOf("Atlântico Logistics"));
        assertThat(text.indexOf("Atlântico Logistics")).isLessThan(text.indexOf("2017 - 2021"));
    }

    @Test
    void should_decode_windows_1252_and_utf16_text() {
        String resume = "José Núñez\nSoftware Engineer\nJava, Go";

        assertThat(parser.parse(new ByteArrayInputStream(resume.getBytes(Charset.forName("windows-1252"))), "a.txt")
                        .text())
                .startsWith("José Núñez");
        byte[] utf16 = resume.getBytes(StandardCharsets.UTF_16); // with a byte order mark
        assertThat(parser.parse(new ByteArrayInputStream(utf16), "b.txt").text())
                .startsWith("José Núñez");
    }

    @Test
    void should_refuse_a_windows_executable_named_pdf() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';

        assertRejected(exe, "resume.pdf", Reason.UNSUPPORTED_TYPE, "executable");
    }

    @Test
    void should_refuse_a_linux_executable_named_pdf() throws IOException {
        byte[] elf = Files.readAllBytes(Path.of("/bin/true")); // any ELF binary; every Debian image has this one

        assertRejected(elf, "resume.pdf", Reason.UNSUPPORTED_TYPE, "executable");
    }

    @Test
    void should_refuse_an_image_and_say_ocr_is_not_enabled() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", png);

        assertRejected(png.toByteArray(), "resume.pdf", Reason.UNSUPPORTED_TYPE, "OCR is not enabled");
    }

    @Test
    void should_refuse_an_empty_file() {
        assertRejected(new byte[0], "empty.pdf", Reason.EMPTY, "empty");
    }

    @Test
    void should_refuse_a_text_file_without_text() {
        assertRejected(" \n\t \n".getBytes(StandardCharsets.UTF_8), "blank.txt", Reason.EMPTY, "no text");
    }

    @Test
    void should_refuse_a_file_over_the_size_limit() {
        DocumentResumeParser small = new DocumentResumeParser(ResumeLimits.DEFAULT.withMaxBytes(1024));
        byte[] text = "Java developer. ".repeat(100).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> small.parse(new ByteArrayInputStream(text), "big.txt"))
                .isInstanceOfSatisfying(ResumeRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("1 KB");
    }

    @Test
    void should_refuse_a_pdf_with_more_pages_than_the_limit() throws IOException {
        byte[] pdf = pdfWithText(25, "Experience page");

        assertRejected(pdf, "thesis.pdf", Reason.TOO_MANY_PAGES, "25 pages");
        assertThat(new DocumentResumeParser(ResumeLimits.DEFAULT.withMaxPages(30))
                        .parse(new ByteArrayInputStream(pdf), "thesis.pdf")
                        .pages())
                .isEqualTo(25);
    }

    @Test
    void should_refuse_a_password_protected_pdf() throws IOException {
        byte[] plain = pdfWithText(1, "Secret resume of a careful person");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(encrypted);
        }

        assertRejected(encrypted.toByteArray(), "locked.pdf", Reason.ENCRYPTED, "password");
    }

    @Test
    void should_refuse_a_scanned_pdf_and_say_ocr_is_not_enabled() throws IOException {
        BufferedImage scan = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
        g.drawString("Senior Java Developer, 10 years", 20, 100);
        g.dispose();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 20, 500, 600, 200);
            }
            document.save(pdf);
        }

        assertRejected(pdf.toByteArray(), "scan.pdf", Reason.NO_TEXT_LAYER, "OCR is not enabled");
    }

    @Test
    void should_refuse_a_truncated_docx() throws IOException {
        byte[] docx = Files.readAllBytes(CORPUS.resolve("03-ines-devops-table.docx"));

        assertRejected(Arrays.copyOf(docx, docx.length / 2), "cut.docx", Reason.CORRUPT, "cut short");
    }

    @ParameterizedTest
    @CsvSource({"2", "3", "10"})
    void should_refuse_a_truncated_pdf(int fraction) throws IOException {
        byte[] pdf = Files.readAllBytes(CORPUS.resolve("01-tomasz-java-single.pdf"));

        assertRejected(Arrays.copyOf(pdf, pdf.length / fraction), "cut.pdf", Reason.CORRUPT, "cut short");
    }

    @ParameterizedTest
    @MethodSource("cutPdfs")
    void should_say_damaged_not_empty_for_any_pdf_cut_short(Path file, double kept) throws IOException {
        byte[] pdf = Files.readAllBytes(file);

        assertRejected(Arrays.copyOf(pdf, (int) (pdf.length * kept)), "cut.pdf", Reason.CORRUPT, "cut short");
    }

    static Stream<Arguments> cutPdfs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList().stream()
                    .flatMap(f -> Stream.of(0.97, 0.6, 0.25).map(kept -> Arguments.of(f, kept)));
        }
    }

    @Test
    void should_refuse_a_zip_bomb_disguised_as_a_word_document() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                out.write(zeros); // 300 MB of zeros compress to about 300 KB
            }
        }

        assertRejected(zip.toByteArray(), "resume.docx", Reason.DECOMPRESSION_LIMIT, "zip bomb");
    }

    @Test
    void should_stop_at_the_time_limit() throws IOException {
        DocumentResumeParser hurried =
                new DocumentResumeParser(ResumeLimits.DEFAULT.withTimeLimit(Duration.ofNanos(1)));
        byte[] pdf = Files.readAllBytes(CORPUS.resolve("15-rebecca-staff-twopage.pdf"));

        assertThatThrownBy(() -> hurried.parse(new ByteArrayInputStream(pdf), "slow.pdf"))
                .isInstanceOfSatisfying(ResumeRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.TIMEOUT))
                .hasMessageContaining("time")
                .hasMessageContaining("limit");
    }

    @Test
    void should_be_found_through_the_provider_registry_with_limits_from_settings() {
        ResumeParser found = ProviderRegistry.create()
                .create(Capability.RESUME_PARSER, ProviderConfig.isolated(Map.of("mocksy.resume.max-pages", "3")));

        assertThat(found).isInstanceOfSatisfying(DocumentResumeParser.class, p -> assertThat(
                        p.limits().maxPages())
                .isEqualTo(3));
    }

    @Test
    void should_reject_a_non_numeric_limit_setting_naming_it() {
        assertThatThrownBy(() -> ResumeLimits.from(ProviderConfig.isolated(Map.of("mocksy.resume.max-bytes", "ten"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mocksy.resume.max-bytes");
    }

    private ResumeDocument parse(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parse(in, name);
        }
    }

    private void assertRejected(byte[] bytes, String name, Reason reason, String messagePart) {
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(bytes), name))
                .isInstanceOf(UnsupportedInputException.class)
                .isInstanceOfSatisfying(ResumeRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(reason))
                .hasMessageStartingWith(name + ": ")
                .hasMessageContaining(messagePart);
    }

    private static byte[] pdfWithText(int pages, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text + " " + (i + 1) + " with enough words to count as a text layer");
                    content.endText();
                }
            }
            document.save(out);
        }
        return out.toByteArray();
    }
}
