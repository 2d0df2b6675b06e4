package dev.mocksy.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mocksy.Mocksy;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.speech.DeliveryContext;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.speech.SpokenAnswer;
import dev.mocksy.speech.TranscribedWord;
import dev.mocksy.speech.WavReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mocksy transcribe FILE [--json] [--stt vosk|whisper]}: transcription (offline with Vosk by default, or
 * Whisper) and delivery metrics.
 */
@Command(
        name = "transcribe",
        mixinStandardHelpOptions = true,
        description =
                "Transcribes a WAV file (offline with Vosk unless --stt whisper) and measures how it was spoken (pace, pauses, fillers, pitch).")
public final class TranscribeCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "FILE", description = "a WAV file: " + WavReader.ACCEPTED)
    Path file;

    @Option(names = "--json", description = "print JSON: text, words with start/end/confidence, delivery")
    boolean json;

    @Option(
            names = "--context",
            defaultValue = "practice",
            description = "practice (adds a coarse label), realistic, or assessment (no pitch, loudness or label)")
    String context;

    @Mixin
    SpeechOptions speech;

    public TranscribeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        DeliveryContext deliveryContext = parseContext(context);
        speech.validate();
        Mocksy.Builder builder = Mocksy.builder();
        speech.apply(builder);
        // Read window by window (an hour-long file fits in a small heap); a bad file fails before the model loads.
        SpokenAnswer spoken = builder.build().listen(file, deliveryContext);
        if (json) {
            terminal.out().println(toJson(spoken));
        } else {
            printText(spoken);
        }
        return 0;
    }

    private static DeliveryContext parseContext(String text) {
        try {
            return DeliveryContext.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--context must be practice, realistic or assessment, got " + text, e);
        }
    }

    private String toJson(SpokenAnswer spoken) {
        ObjectNode root = MocksyJson.mapper().createObjectNode();
        root.put("file", file.toString());
        root.put("text", spoken.text());
        root.put("language", spoken.transcript().language());
        ArrayNode words = root.putArray("words");
        for (TranscribedWord word : spoken.transcript().words()) {
            words.addObject()
                    .put("word", word.word())
                    .put("start", word.start())
                    .put("end", word.end())
                    .put("confidence", word.confidence());
        }
        root.set("delivery", MocksyJson.mapper().valueToTree(spoken.delivery()));
        try {
            return MocksyJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private void printText(SpokenAnswer spoken) {
        DeliveryMetrics d = spoken.delivery();
        var out = terminal.out();
        out.println(spoken.isBlank() ? "(nothing recognised)" : spoken.text());
        out.println();
        out.printf(
                Locale.ROOT,
                "Duration       %.1f s, language %s%n",
                d.durationSeconds(),
                spoken.transcript().language());
        out.printf(
                Locale.ROOT,
                "Pace           %.0f words per minute (%.0f without pauses)%n",
                d.wordsPerMinute(),
                d.articulationRate());
        out.printf(
                Locale.ROOT,
                "Pauses         %d, %.1f s in total, longest %.1f s, %d long%n",
                d.pauses().count(),
                d.pauses().totalSeconds(),
                d.pauses().longestSeconds(),
                d.pauses().longCount());
        out.printf(
                Locale.ROOT,
                "Filler words   %d (%.0f%% of words)%n",
                d.fillerWords().count(),
                d.fillerWords().ratio() * 100);
        if (d.responseLatencySeconds() != null) {
            out.printf(Locale.ROOT, "First word at  %.1f s%n", d.responseLatencySeconds());
        }
        if (d.pitch() != null) {
            out.printf(
                    Locale.ROOT,
                    "Pitch          %.0f Hz on average, varies by %.1f semitones%n",
                    d.pitch().meanHz(),
                    d.pitch().variabilitySemitones());
        }
        if (d.practiceLabel() != null) {
            out.println("Overall        " + d.practiceLabel() + " (a rough heuristic, for practice only)");
        }
        out.println();
        d.guidance().forEach(line -> out.println("- " + line));
    }
}
