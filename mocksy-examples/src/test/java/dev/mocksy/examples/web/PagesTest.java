package dev.mocksy.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the Content-Security-Policy and keyboard and screen reader users need of every page, read from the pages as
 * shipped: scripts only from files, no inline handlers, a label for every field.
 */
class PagesTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    static Stream<Path> pages() throws Exception {
        Path folder =
                Path.of(PlatformServer.class.getResource(PlatformServer.PAGES).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> html = files.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
            return html.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void should_run_no_inline_script_and_label_every_field(Path page) throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);

        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            assertThat(script.group(1)).as("a script of " + page.getFileName()).contains("src=");
            assertThat(script.group(2).strip())
                    .as("inline script in " + page.getFileName())
                    .isEmpty();
        }
        assertThat(HANDLER.matcher(html).find())
                .as("inline handler in " + page.getFileName())
                .isFalse();
        Matcher field = FIELD.matcher(html);
        while (field.find()) {
            if (field.group(2).contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = ID.matcher(field.group(2));
            assertThat(id.find())
                    .as("a field without id in " + page.getFileName() + ": " + field.group())
                    .isTrue();
            assertThat(html)
                    .as("the label of #" + id.group(1) + " in " + page.getFileName())
                    .contains("for=\"" + id.group(1) + "\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void should_load_only_scripts_that_exist(Path page) throws Exception {
        Matcher source = Pattern.compile("<script[^>]*src=\"/js/([^\"]+)\"").matcher(Files.readString(page));
        while (source.find()) {
            assertThat(page.resolveSibling("js").resolve(source.group(1))).exists();
        }
    }
}
