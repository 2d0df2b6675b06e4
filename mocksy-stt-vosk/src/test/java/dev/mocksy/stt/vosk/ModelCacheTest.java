package dev.mocksy.stt.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.ProviderException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {

    @TempDir
    Path home;

    private final AtomicInteger opened = new AtomicInteger();

    @Test
    void should_unpack_only_the_files_under_the_prefix_once() throws Exception {
        byte[] archive = zip(
                "assets/model/am/final.mdl",
                "acoustic",
                "assets/model/conf/model.conf",
                "--beam=10",
                "classes.jar",
                "ignored");
        Path target = home.resolve("models/m");

        Path first = ModelCache.unpack(() -> open(archive), "assets/model/", target);
        Path second = ModelCache.unpack(() -> open(archive), "assets/model/", target);

        assertThat(first).isEqualTo(target).isEqualTo(second);
        assertThat(target.resolve("am/final.mdl")).hasContent("acoustic");
        assertThat(target.resolve("conf/model.conf")).hasContent("--beam=10");
        assertThat(target.resolve("classes.jar")).doesNotExist();
        assertThat(opened).hasValue(1);
        assertThat(Files.list(home.resolve("models"))).containsExactly(target);
    }

    @Test
    void should_unpack_again_when_a_file_was_truncated() throws Exception {
        byte[] archive = zip("m/final.mdl", "0123456789");
        Path target = home.resolve("cache");
        ModelCache.unpack(() -> open(archive), "m/", target);
        Files.writeString(target.resolve("final.mdl"), "0123");

        assertThat(ModelCache.isComplete(target)).isFalse();
        ModelCache.unpack(() -> open(archive), "m/", target);

        assertThat(target.resolve("final.mdl")).hasContent("0123456789");
        assertThat(opened).hasValue(2);
    }

    @Test
    void should_not_trust_a_directory_without_its_manifest() throws Exception {
        Path target = home.resolve("half");
        Files.createDirectories(target);
        Files.writeString(target.resolve("final.mdl"), "partial");

        assertThat(ModelCache.isComplete(target)).isFalse();
        ModelCache.unpack(() -> open(zip("m/final.mdl", "whole")), "m/", target);

        assertThat(target.resolve("final.mdl")).hasContent("whole");
    }

    @Test
    void should_fail_clearly_when_the_archive_has_no_model() {
        byte[] archive = zip("other/file", "x");

        assertThatThrownBy(() -> ModelCache.unpack(() -> open(archive), "m/", home.resolve("empty")))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("no files under m/");
        assertThat(home.resolve("empty")).doesNotExist();
    }

    @Test
    void should_refuse_entries_that_escape_the_cache() {
        byte[] archive = zip("m/../../evil", "x");

        assertThatThrownBy(() -> ModelCache.unpack(() -> open(archive), "m/", home.resolve("safe")))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("points outside the cache");
        assertThat(home.getParent().resolve("evil")).doesNotExist();
    }

    @Test
    void should_say_how_to_fix_an_unwritable_cache() throws Exception {
        Path file = home.resolve("not-a-directory");
        Files.writeString(file, "x");

        assertThatThrownBy(() -> ModelCache.unpack(() -> open(zip("m/a", "b")), "m/", file.resolve("model")))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("MOCKSY_HOME");
    }

    private ByteArrayInputStream open(byte[] archive) {
        opened.incrementAndGet();
        return new ByteArrayInputStream(archive);
    }

    private static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
