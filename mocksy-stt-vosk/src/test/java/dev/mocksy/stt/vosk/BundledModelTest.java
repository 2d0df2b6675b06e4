package dev.mocksy.stt.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.ProviderException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The English model is its own artifact: found on the class path, and missed with a message saying which to add. */
class BundledModelTest {

    @TempDir
    Path home;

    @Test
    void should_find_the_model_artifact_on_the_class_path_and_unpack_it_once() throws Exception {
        Path model = BundledModel.unpack(home);

        assertThat(model).isEqualTo(BundledModel.directory(home));
        assertThat(model.resolve("am/final.mdl")).isRegularFile();
        assertThat(Files.size(model.resolve("am/final.mdl"))).isGreaterThan(1_000_000);
        assertThat(BundledModel.unpack(home)).isEqualTo(model);
    }

    @Test
    void should_name_the_artifact_to_add_when_no_model_is_on_the_class_path() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> BundledModel.unpack(home, empty))
                    .isInstanceOf(ProviderException.class)
                    .hasMessageContaining("dev.mocksy:mocksy-stt-vosk-model-en")
                    .hasMessageContaining("mocksy.vosk.model");
        }
        assertThat(home.resolve("models")).doesNotExist();
    }
}
