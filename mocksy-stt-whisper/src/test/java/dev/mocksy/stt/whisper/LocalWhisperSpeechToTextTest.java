package dev.mocksy.stt.whisper;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.ProviderException;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No Whisper model can be downloaded here: these tests cover the loading path and its errors. */
class LocalWhisperSpeechToTextTest {

    @TempDir
    Path dir;

    @Test
    void should_name_a_missing_model_file_and_the_setting() {
        Path missing = dir.resolve("ggml-base.en.bin");

        assertThatThrownBy(() -> LocalWhisperSpeechToText.load(missing, "en"))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("no Whisper model file at " + missing)
                .hasMessageContaining("mocksy.whisper.model-file");
    }

    @Test
    void should_refuse_a_file_that_is_not_a_ggml_model() throws Exception {
        Path pytorch = dir.resolve("model.pt");
        Files.write(pytorch, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});

        assertThatThrownBy(() -> LocalWhisperSpeechToText.load(pytorch, "en"))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("is not a whisper.cpp ggml model")
                .hasMessageContaining("50 4B 03 04");
    }

    @Test
    void should_refuse_an_empty_file() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.bin"));

        assertThatThrownBy(() -> LocalWhisperSpeechToText.load(empty, null))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("it is empty");
    }

    @Test
    void should_report_a_truncated_model_as_damaged() throws Exception {
        Path truncated = dir.resolve("ggml-tiny.bin");
        ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0x67676d6c).putInt(51865).putInt(384); // magic, vocabulary, audio context: then nothing
        Files.write(truncated, header.array());

        assertThatThrownBy(() -> LocalWhisperSpeechToText.load(truncated, "en"))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("damaged or truncated");
    }

    @Test
    void should_run_locally_through_the_provider_when_a_model_file_is_set() {
        Path missing = dir.resolve("nope.bin");
        ProviderConfig config =
                ProviderConfig.isolated(Map.of(LocalWhisperSpeechToText.MODEL_FILE, missing.toString()));

        assertThatThrownBy(() -> new WhisperSpeechToTextProvider().create(ProviderContext.of(config)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("no Whisper model file at " + missing);
    }
}
