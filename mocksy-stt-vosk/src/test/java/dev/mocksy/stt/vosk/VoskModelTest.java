package dev.mocksy.stt.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.ProviderException;
import dev.mocksy.spi.ProviderConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoskModelTest {

    @TempDir
    Path dir;

    @Test
    void should_name_a_missing_model_directory_and_the_setting() {
        Path missing = dir.resolve("vosk-model-small-de-0.15");
        ProviderConfig config = ProviderConfig.isolated(Map.of(VoskSpeechToText.MODEL_PROPERTY, missing.toString()));

        assertThatThrownBy(() -> VoskSpeechToText.create(config))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("no Vosk model directory at " + missing)
                .hasMessageContaining("mocksy.vosk.model");
    }

    @Test
    void should_refuse_a_directory_that_is_not_a_vosk_model() throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "photos");

        assertThatThrownBy(() -> VoskSpeechToText.fromDirectory(dir, "en"))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("is not a Vosk model");
    }

    @Test
    void should_report_a_damaged_model_without_crashing() throws Exception {
        Path model = dir.resolve("damaged");
        Files.createDirectories(model.resolve("am"));
        Files.createDirectories(model.resolve("conf"));
        Files.writeString(model.resolve("am/final.mdl"), "not a kaldi model");
        Files.writeString(model.resolve("conf/model.conf"), "--beam=10\n");

        assertThatThrownBy(() -> VoskSpeechToText.fromDirectory(model, "en"))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("cannot load the Vosk model in " + model);
    }

    @Test
    void should_read_the_language_from_usual_model_names() {
        assertThat(VoskModel.languageFromName(Path.of("vosk-model-small-de-0.15")))
                .isEqualTo("de");
        assertThat(VoskModel.languageFromName(Path.of("vosk-model-fr-0.22"))).isEqualTo("fr");
        assertThat(VoskModel.languageFromName(Path.of("my-model"))).isEqualTo("und");
    }
}
