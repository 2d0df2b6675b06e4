package dev.mocksy.stt.whisper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.ProviderException;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.speech.TranscribedWord;
import dev.mocksy.speech.Transcript;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code verbose_json} transcription response: {@code text}, {@code language} (a name such as
 * {@code "english"}), {@code words} ({@code word}, {@code start}, {@code end}, optionally {@code probability}) and
 * {@code segments} (with {@code avg_logprob}). Servers that answer plain {@code json} give text only.
 */
final class VerboseJson {

    private VerboseJson() {}

    static Transcript parse(String body, String requestedLanguage) {
        JsonNode root;
        try {
            root = MocksyJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new ProviderException("whisper", "the server's answer is not JSON: " + abbreviate(body), e);
        }
        if (root == null || !root.path("text").isTextual()) {
            throw new ProviderException("whisper", "the server's answer has no text field: " + abbreviate(body));
        }
        List<Segment> segments = new ArrayList<>();
        for (JsonNode segment : root.path("segments")) {
            segments.add(new Segment(
                    segment.path("start").asDouble(),
                    segment.path("end").asDouble(),
                    segment.has("avg_logprob")
                            ? Math.exp(segment.path("avg_logprob").asDouble())
                            : 1.0));
        }
        List<TranscribedWord> words = new ArrayList<>();
        for (JsonNode word : root.path("words")) {
            String text = word.path("word").asText("").strip();
            if (text.isEmpty()) {
                continue;
            }
            double start = Math.max(0, word.path("start").asDouble());
            double end = Math.max(start, word.path("end").asDouble());
            double confidence = word.has("probability")
                    ? word.path("probability").asDouble()
                    : segmentConfidence(segments, (start + end) / 2);
            words.add(new TranscribedWord(text, start, end, Math.max(0, Math.min(1, confidence))));
        }
        String language = root.hasNonNull("language")
                ? isoCode(root.path("language").asText())
                : requestedLanguage == null ? "und" : requestedLanguage;
        return new Transcript(root.path("text").asText().strip(), words, language);
    }

    private static double segmentConfidence(List<Segment> segments, double time) {
        for (Segment segment : segments) {
            if (time >= segment.start() && time <= segment.end()) {
                return segment.confidence();
            }
        }
        return 1.0;
    }

    /** {@code "english"} or {@code "en"} to {@code "en"}; unknown names are kept as given. */
    static String isoCode(String language) {
        String name = language.strip().toLowerCase(Locale.ROOT);
        if (name.length() == 2) {
            return name;
        }
        for (String code : Locale.getISOLanguages()) {
            if (Locale.forLanguageTag(code)
                    .getDisplayLanguage(Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)
                    .equals(name)) {
                return code;
            }
        }
        return name;
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    private record Segment(double start, double end, double confidence) {}
}
