package dev.mocksy.tts.marytts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one question is spoken: its sentences, the silence before it and between them, and how slowly.
 *
 * @param sentences the sentences, in order, each non-blank
 * @param leadIn the silence before the first sentence (long questions get a moment to settle)
 * @param betweenSentences the silence between two sentences
 * @param durationScale how much longer than normal each sound lasts: 1.0 normal, above 1 slower
 */
record SpeechPlan(List<String> sentences, Duration leadIn, Duration betweenSentences, double durationScale) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!;:])[\"')\\]]*\\s+(?=[\\p{Lu}\\d\"'(])");
    private static final Set<String> ABBREVIATIONS =
            Set.of("e.g.", "i.e.", "etc.", "vs.", "mr.", "mrs.", "ms.", "dr.", "prof.", "approx.", "no.");
    /** Digits, or the marks code carries: calls, generics, operators, paths, snake and camel case. */
    private static final Pattern TECHNICAL =
            Pattern.compile("\\d|\\w\\(|[{}<>\\[\\]=]|->|::|\\w\\.\\w|\\w_\\w|\\b[a-z]+[A-Z]\\w*|`");

    private static final Pattern SPEAKABLE = Pattern.compile("[\\p{L}\\d]");

    SpeechPlan {
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a speech plan needs a sentence");
        }
    }

    /** The plan for {@code text} under {@code voice}'s pauses and rates. */
    static SpeechPlan of(String text, Pacing pacing) {
        String normalized = text.strip().replaceAll("\\s+", " ");
        // a sentence of marks alone ("...", "?!") has nothing to say and would make MaryTTS return silence
        List<String> sentences = split(normalized).stream()
                .filter(sentence -> SPEAKABLE.matcher(sentence).find())
                .toList();
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("nothing to say in \""
                    + (normalized.length() <= 40 ? normalized : normalized.substring(0, 40) + "...")
                    + "\": it holds no word or number");
        }
        int words = normalized.split(" ").length;
        Duration leadIn = words >= pacing.longQuestionWords() ? pacing.leadIn() : Duration.ZERO;
        double scale = TECHNICAL.matcher(normalized).find() ? pacing.technicalDurationScale() : 1.0;
        return new SpeechPlan(sentences, leadIn, pacing.betweenSentences(), scale);
    }

    /** The pauses and rates a voice speaks with. */
    record Pacing(int longQuestionWords, Duration leadIn, Duration betweenSentences, double technicalDurationScale) {}

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher matcher = SENTENCE_END.matcher(text);
        int start = 0;
        while (matcher.find()) {
            String candidate = text.substring(start, matcher.start()).strip();
            if (endsWithAbbreviation(candidate)) {
                continue;
            }
            if (!candidate.isEmpty()) {
                sentences.add(candidate);
            }
            start = matcher.end();
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        int space = sentence.lastIndexOf(' ');
        String last = sentence.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(last) || last.matches("(?:[a-z]\\.){1,3}");
    }
}
