package dev.mocksy.spring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether a speech provider that was chosen can serve: Whisper's local model file is there, or an OpenAI-compatible
 * speech endpoint is reachable with its key (its model list is read; no audio is sent, nothing is spent).
 */
final class RemoteSpeechHealthIndicator extends AbstractHealthIndicator {

    private final String provider;
    private final Optional<Path> modelFile;
    private final Optional<String> baseUrl;
    private final Optional<String> key;
    private final ModelListProbe probe;

    private RemoteSpeechHealthIndicator(
            String provider, Optional<Path> modelFile, Optional<String> baseUrl, Optional<String> key) {
        super("the speech provider health check failed");
        this.provider = provider;
        this.modelFile = modelFile;
        this.baseUrl = baseUrl;
        this.key = key;
        this.probe = new ModelListProbe(MocksyHealthConfiguration.PROBE_TIMEOUT);
    }

    /** Whisper as speech-to-text: its model file, or its transcription server. */
    static Optional<RemoteSpeechHealthIndicator> whisper(MocksySettings settings) {
        if (!settings.get("mocksy.speech-to-text")
                .map("whisper"::equalsIgnoreCase)
                .orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(new RemoteSpeechHealthIndicator(
                "whisper",
                settings.get("mocksy.whisper.model-file").map(Path::of),
                settings.get("mocksy.whisper.base-url"),
                settings.get("mocksy.whisper.api-key").or(() -> settings.get("openai.api-key"))));
    }

    /** OpenAI's voice as text-to-speech. */
    static Optional<RemoteSpeechHealthIndicator> openAiVoice(MocksySettings settings) {
        if (!settings.get("mocksy.text-to-speech")
                .map("openai"::equalsIgnoreCase)
                .orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(new RemoteSpeechHealthIndicator(
                "openai", Optional.empty(), settings.get("mocksy.openai.base-url"), settings.get("openai.api-key")));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("provider", provider);
        if (modelFile.isPresent()) {
            Path file = modelFile.get();
            (Files.isReadable(file) ? builder.up() : builder.down())
                    .withDetail("check", Files.isReadable(file) ? "model file present" : "no model file at " + file);
            return;
        }
        ModelListProbe.Result result = probe.check("openai", baseUrl, key);
        (result.up() ? builder.up() : builder.down()).withDetail("check", result.detail());
    }
}
