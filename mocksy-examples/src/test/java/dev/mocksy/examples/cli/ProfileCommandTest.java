package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {

    static final List<String> RESUME = List.of(
            "Noor Haddadin",
            "noor.h@example.com | +962 79 123 4567 | Amman, Jordan",
            "",
            "Summary",
            "Backend engineer building logistics APIs.",
            "",
            "Experience",
            "Senior Backend Engineer, Petra Freight | Feb 2019 - Present",
            "- Java and Spring Boot services on PostgreSQL",
            "Backend Developer, Wadi Soft | 2015 - 2019",
            "- Python, Django and Redis",
            "",
            "Education",
            "BSc Computer Science, University of Jordan, 2011 - 2015",
            "",
            "Skills",
            "Java, Python, Spring Boot, Django, PostgreSQL, Redis, Docker");

    @TempDir
    Path dir;

    @Test
    void should_print_the_profile_as_json() throws IOException {
        Path resume = Files.write(dir.resolve("noor.txt"), RESUME);

        Result result = run("profile", resume.toString(), "--json");

        assertThat(result.code).isZero();
        JsonNode json = MocksyJson.mapper().readTree(result.out);
        List<String> skills = new ArrayList<>();
        json.get("skills").forEach(s -> {
            assertThat(s.get("category").asText()).isNotBlank();
            skills.add(s.get("name").asText());
        });
        assertThat(skills).contains("Java", "Spring Boot", "PostgreSQL", "Django", "Redis", "Docker");
        assertThat(json.get("yearsOfExperience").isNumber()).isTrue();
        assertThat(json.get("yearsOfExperience").asDouble()).isGreaterThan(10);
        assertThat(json.get("seniority").asText()).isEqualTo("senior");
        assertThat(json.get("roles").get(0).asText()).isEqualTo("backend");
        assertThat(json.get("contact").get("email").asText()).isEqualTo("noor.h@example.com");
        assertThat(json.get("sections").toString()).contains("summary", "experience", "education", "skills");
    }

    @Test
    void should_say_what_present_was_measured_to_and_show_internships_apart() throws IOException {
        List<String> lines = new ArrayList<>(RESUME);
        lines.add(11, "Software Engineering Intern, Wadi Soft | Jun 2014 - Aug 2014");
        lines.add("");
        lines.add("Last updated: March 2024");
        Path resume = Files.write(dir.resolve("noor.txt"), lines);

        JsonNode json = MocksyJson.mapper().readTree(run("profile", resume.toString(), "--json").out);
        Result text = run("profile", resume.toString());

        assertThat(json.get("presentMeasuredTo").get("month").asText()).isEqualTo("2024-03");
        assertThat(json.get("presentMeasuredTo").get("source").asText()).isEqualTo("document_text");
        assertThat(json.get("internshipYears").asDouble()).isEqualTo(0.3);
        assertThat(text.out)
                .contains("Present is  2024-03 (Last updated: March 2024)")
                .contains("Internships 0.3 years (not counted above)");
    }

    @Test
    void should_read_a_pdf_and_print_text() throws IOException {
        Path pdf = dir.resolve("noor.pdf");
        writePdf(pdf, RESUME);

        Result result = run("profile", pdf.toString());

        assertThat(result.code).isZero();
        assertThat(result.out)
                .contains("Noor Haddadin - senior")
                .contains("Senior Backend Engineer, Petra Freight")
                .contains("Skills:")
                .contains("Spring Boot");
    }

    @Test
    void should_aim_at_the_job_with_job_file() throws IOException {
        Path resume = Files.write(dir.resolve("noor.txt"), RESUME);
        Path job = Files.writeString(
                dir.resolve("job.md"),
                "# Senior Java Engineer\n\n## Requirements\n- Java, Kafka and Kubernetes\n\n## Nice to have\n- Redis\n");

        Result result = run("profile", resume.toString(), "--job", job.toString(), "--json");

        assertThat(result.code).isZero();
        JsonNode json = MocksyJson.mapper().readTree(result.out);
        assertThat(json.get("focus").get("overlap").toString()).contains("Java", "Redis");
        assertThat(json.get("focus").get("gaps").toString()).contains("Kafka", "Kubernetes");
        assertThat(json.get("interviewTechnologies").toString()).contains("Java", "Kafka");
    }

    @Test
    void should_refuse_an_executable_named_pdf_with_a_clear_message() throws IOException {
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        Path fake = Files.write(dir.resolve("resume.pdf"), exe);

        Result result = run("profile", fake.toString());

        assertThat(result.code).isEqualTo(1);
        assertThat(result.err).contains("resume.pdf").contains("not a document").contains("accepted are PDF");
    }

    @Test
    void should_say_when_the_file_does_not_exist() {
        Result result = run("profile", dir.resolve("missing.pdf").toString());

        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("no such file").contains("missing.pdf");
    }

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MocksyCli.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void writePdf(Path file, List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.setLeading(13);
                content.newLineAtOffset(60, 740);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(file.toFile());
        }
    }
}
