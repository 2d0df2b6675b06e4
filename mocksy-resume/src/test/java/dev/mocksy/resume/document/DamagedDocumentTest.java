package dev.mocksy.resume.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.mocksy.resume.ResumeDocument;
import dev.mocksy.resume.ResumeRejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged files of every format: bytes flipped, blocks zeroed, cut at random points. Whatever the damage, the parser
 * returns text or refuses with a {@link ResumeRejectedException}; no other exception reaches the caller.
 */
class DamagedDocumentTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    final DocumentResumeParser parser = new DocumentResumeParser(ResumeLimits.DEFAULT);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "01-tomasz-java-single.pdf",
                "04-priya-data-latex.pdf",
                "03-ines-devops-table.docx",
                "06-diego-qa-doc.doc",
                "09-kwame-sre-rtf.rtf",
                "10-sofia-intern-html.html"
            })
    void should_read_or_refuse_damaged_files_without_crashing(String file) throws IOException {
        byte[] original = Files.readAllBytes(CORPUS.resolve(file));
        Random random = new Random(file.hashCode()); // fixed seed per file: the same damage on every run
        int read = 0;
        int refused = 0;
        List<String> crashes = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
            byte[] damaged = damage(original, random, round % 3);
            try {
                ResumeDocument document = parser.parse(new ByteArrayInputStream(damaged), file);
                assertThat(document.text()).isNotBlank();
                read++;
            } catch (ResumeRejectedException e) {
                assertThat(e.getMessage()).startsWith(file + ": ");
                refused++;
            } catch (RuntimeException | Error e) {
                crashes.add("round " + round + ": " + e);
            }
        }
        if (!crashes.isEmpty()) {
            fail("damaged " + file + " escaped as untyped errors: " + crashes);
        }
        assertThat(read + refused).isEqualTo(25);
    }

    private static byte[] damage(byte[] original, Random random, int kind) {
        byte[] copy = original.clone();
        switch (kind) {
            case 0 -> {
                for (int i = 0; i < 20; i++) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return copy;
            }
            case 1 -> {
                int start = random.nextInt(copy.length);
                int end = Math.min(copy.length, start + 1 + random.nextInt(512));
                for (int i = start; i < end; i++) {
                    copy[i] = 0;
                }
                return copy;
            }
            default -> {
                return java.util.Arrays.copyOf(copy, 1 + random.nextInt(copy.length - 1));
            }
        }
    }
}
