package dev.mocksy.resume.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** PDFs whose generator writes each line straight across the page, as some reporting libraries do. */
class ReadingOrderTest {

    static final List<String> SIDEBAR = List.of(
            "Contact",
            "lena@example.com",
            "Skills",
            "Java, Kotlin",
            "PostgreSQL",
            "Kubernetes",
            "Education",
            "MSc Informatics",
            "TU Wien, 2012 - 2014",
            "Languages",
            "German, English");
    static final List<String> MAIN = List.of(
            "Experience",
            "Senior Engineer, Donau Data | 2019 - Present",
            "- Led the move to Kubernetes",
            "- Cut costs by a third",
            "Engineer, Alpen Soft | 2014 - 2019",
            "- Built billing in Java",
            "- On-call for payments",
            "Projects",
            "Open-source Kafka tooling",
            "Speaker at a Java meetup",
            "Mentor for new hires");

    final DocumentResumeParser parser = new DocumentResumeParser(ResumeLimits.DEFAULT);

    @Test
    void should_read_two_columns_written_line_by_line_column_by_column() throws IOException {
        String text = parse(twoColumnsLineByLine());

        assertThat(text).startsWith("Lena Gruber - Backend Engineer");
        assertThat(text.indexOf("German, English")).isLessThan(text.indexOf("Experience"));
        assertThat(text).contains("Senior Engineer, Donau Data | 2019 - Present\n- Led the move to Kubernetes\n");
        assertThat(text).contains("Skills\nJava, Kotlin\nPostgreSQL\nKubernetes\nEducation\n");
    }

    @Test
    void should_keep_a_table_of_dates_and_roles_row_by_row() throws IOException {
        String text = parse(datesTable());

        assertThat(text).contains("2019 - Present Senior Engineer, Donau Data");
        assertThat(text.indexOf("- Led the move")).isLessThan(text.indexOf("2014 - 2019"));
    }

    private String parse(byte[] pdf) {
        return parser.parse(new ByteArrayInputStream(pdf), "columns.pdf").text();
    }

    private static byte[] twoColumnsLineByLine() throws IOException {
        return pdf(content -> {
            text(content, 150, 760, "Lena Gruber - Backend Engineer - Vienna, Austria", 14);
            for (int i = 0; i < MAIN.size(); i++) {
                float y = 720 - i * 16;
                if (i < SIDEBAR.size()) {
                    text(content, 50, y, SIDEBAR.get(i), 10);
                }
                text(content, 230, y, MAIN.get(i), 10);
            }
        });
    }

    private static byte[] datesTable() throws IOException {
        return pdf(content -> {
            text(content, 50, 760, "Lena Gruber", 14);
            text(content, 50, 720, "2019 - Present", 10);
            text(content, 160, 720, "Senior Engineer, Donau Data", 10);
            text(content, 160, 704, "- Led the move to Kubernetes and cut costs by a third across the company", 10);
            text(content, 160, 688, "- Mentored four engineers", 10);
            text(content, 50, 664, "2014 - 2019", 10);
            text(content, 160, 664, "Engineer, Alpen Soft", 10);
            text(content, 160, 648, "- Built billing in Java for three hundred thousand customers a month", 10);
        });
    }

    interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    private static byte[] pdf(Drawing drawing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content);
            }
            document.save(out);
        }
        return out.toByteArray();
    }

    private static void text(PDPageContentStream content, float x, float y, String text, float size)
            throws IOException {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
