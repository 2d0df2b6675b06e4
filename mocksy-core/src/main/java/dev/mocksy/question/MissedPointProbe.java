package dev.mocksy.question;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Token;
import dev.mocksy.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asks about a missed key point without giving it away: the key point's own probe when the author wrote one,
 * otherwise a question that names the point's area (performance, failure, consistency...) and the question's
 * subject, never the point's claim or its terms. Reciting the point then still earns it.
 */
final class MissedPointProbe {

    /** Areas a key point can be about, found by the stems of its words, in order of precedence. */
    private static final Map<String, List<String>> AREAS = areas();

    private MissedPointProbe() {}

    /** The follow-up text for a missed key point of {@code question}. */
    static String ask(KeyPoint keyPoint, Question question, int variant) {
        if (keyPoint.probe() != null) {
            return keyPoint.probe();
        }
        String area = area(keyPoint);
        String subject = subject(keyPoint, question);
        List<String> templates = subject.isEmpty()
                ? List.of(
                        "Let's look at " + area + ". What would you add about it here?",
                        "What about " + area + "? Walk me through how it plays out here.",
                        "One more angle: " + area + ". How does it come into your answer?")
                : List.of(
                        "Let's look at " + area + ". What does that mean for " + subject + "?",
                        "What about " + area + " when it comes to " + subject + "? Walk me through it.",
                        "One more angle on " + subject + ": " + area + ". What would you say about it?");
        return templates.get(Math.floorMod(variant, templates.size()));
    }

    /** The first area whose words the key point uses; a general one when none. */
    static String area(KeyPoint keyPoint) {
        Set<String> stems = new HashSet<>();
        for (Token token : Tokenizer.tokenize(keyPoint.point() + " " + String.join(" ", keyPoint.terms()))) {
            stems.add(token.stem());
        }
        for (Map.Entry<String, List<String>> area : AREAS.entrySet()) {
            for (String stem : area.getValue()) {
                if (stems.contains(stem)) {
                    return area.getKey();
                }
            }
        }
        return "the part of this you have not covered yet";
    }

    /**
     * Up to three words of the key point that the question itself uses: what it is about, not what it says (the
     * question already named them, so they give nothing away).
     */
    static String subject(KeyPoint keyPoint, Question question) {
        Set<String> questionStems = new HashSet<>();
        for (Token token : Tokenizer.tokenize(question.text() + " " + String.join(" ", question.technologies()))) {
            if (AnalyzedText.isContent(token)) {
                questionStems.add(token.stem());
            }
        }
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Token token : Tokenizer.tokenize(keyPoint.point())) {
            if (AnalyzedText.isContent(token)
                    && !token.isNumber()
                    && questionStems.contains(token.stem())
                    && seen.add(token.stem())) {
                words.add(token.lower());
            }
            if (words.size() == 3) {
                break;
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        return "the " + String.join(" ", words);
    }

    private static Map<String, List<String>> areas() {
        Map<String, List<String>> areas = new LinkedHashMap<>();
        put(areas, "security", "secur", "attack", "auth", "permiss", "encrypt", "token", "credential", "inject");
        put(
                areas,
                "what happens when something fails",
                "fail",
                "failur",
                "crash",
                "retry",
                "error",
                "outag",
                "fallback",
                "timeout",
                "rollback",
                "recov");
        put(areas, "ordering", "order", "ordered", "sequenc", "sequence");
        put(areas, "consistency", "consist", "stale", "duplic", "idempot", "transact", "atom", "isol");
        put(areas, "concurrency", "concurr", "thread", "lock", "race", "parallel", "async", "asynchron", "block");
        put(areas, "scaling", "scale", "shard", "partit", "replica", "horizont", "throughput", "load");
        put(
                areas,
                "performance and cost",
                "slow",
                "slower",
                "fast",
                "faster",
                "latenc",
                "perform",
                "overhead",
                "cost",
                "expens",
                "cheap",
                "speed",
                "memori",
                "disk",
                "space",
                "storag",
                "cpu");
        put(
                areas,
                "how you would test or measure it",
                "test",
                "measur",
                "metric",
                "monitor",
                "alert",
                "observ",
                "log",
                "trace",
                "profil",
                "benchmark");
        put(areas, "the result and how you measured it", "result", "outcom", "impact", "improv", "reduc", "increas");
        put(areas, "what you learned", "learn", "lesson", "reflect", "differ");
        put(
                areas,
                "how you worked with others",
                "team",
                "stakehold",
                "commun",
                "manag",
                "colleagu",
                "feedback",
                "align",
                "disagre",
                "conflict");
        put(areas, "your own part in it", "action", "decid", "decis", "initiat", "ownership");
        put(areas, "the situation you were in", "situat", "context", "background", "concret", "specif", "exampl");
        put(areas, "when it applies and when it does not", "when", "only", "unless", "depend", "trade", "tradeoff");
        put(areas, "the user's side", "user", "custom", "access", "usabl");
        return areas;
    }

    private static void put(Map<String, List<String>> areas, String area, String... stems) {
        List<String> normalised = new ArrayList<>();
        for (String stem : stems) {
            normalised.add(dev.mocksy.internal.text.EnglishStemmer.stem(stem));
            normalised.add(stem);
        }
        areas.put(area, List.copyOf(normalised));
    }
}
