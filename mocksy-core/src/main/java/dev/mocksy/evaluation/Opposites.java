package dev.mocksy.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs of opposite properties engineers state about things ("lightweight" and "heavy", "synchronous" and
 * "asynchronous"), as lower-case word forms: a key point that says one, answered with the other, is stated in reverse.
 */
final class Opposites {

    private static final List<List<Set<String>>> PAIRS = List.of(
            pair(
                    Set.of(
                            "lightweight",
                            "light",
                            "lighter",
                            "cheap",
                            "cheaper",
                            "inexpensive",
                            "small",
                            "smaller",
                            "tiny"),
                    Set.of("heavy", "heavier", "heavyweight", "expensive", "costly", "large", "larger", "huge")),
            pair(
                    Set.of("fast", "faster", "fastest", "quick", "quicker", "speeds", "speed"),
                    Set.of("slow", "slower", "slowest", "slows", "slowly")),
            pair(Set.of("more"), Set.of("less", "fewer")),
            pair(
                    Set.of(
                            "increase",
                            "increases",
                            "increased",
                            "raise",
                            "raises",
                            "higher",
                            "grow",
                            "grows",
                            "bigger"),
                    Set.of(
                            "decrease",
                            "decreases",
                            "decreased",
                            "reduce",
                            "reduces",
                            "reduced",
                            "lower",
                            "lowers",
                            "shrink",
                            "shrinks")),
            pair(
                    Set.of("synchronous", "synchronously", "sync", "blocking", "blocks"),
                    Set.of("asynchronous", "asynchronously", "async", "nonblocking", "non-blocking")),
            pair(Set.of("stateless"), Set.of("stateful")),
            pair(Set.of("mutable"), Set.of("immutable")),
            pair(Set.of("before"), Set.of("after")),
            pair(Set.of("horizontal", "horizontally"), Set.of("vertical", "vertically")),
            pair(Set.of("safe", "secure"), Set.of("unsafe", "insecure")),
            pair(
                    Set.of("parallel", "concurrently", "simultaneously"),
                    Set.of("sequential", "sequentially", "serially", "serial")),
            pair(
                    Set.of("persistent", "durable", "persist", "persists", "survive", "survives"),
                    Set.of("ephemeral", "volatile", "temporary", "lost")),
            pair(Set.of("optional"), Set.of("required", "mandatory")),
            pair(Set.of("encrypted"), Set.of("unencrypted", "plaintext")),
            pair(Set.of("strong", "strongly"), Set.of("weak", "weakly", "eventual", "eventually")),
            pair(Set.of("public"), Set.of("private")),
            pair(Set.of("share", "shared", "shares", "sharing"), Set.of("isolated", "separate", "dedicated")),
            pair(
                    Set.of("allow", "allowed", "allows", "permit", "permits", "permitted"),
                    Set.of("deny", "denied", "forbid", "forbidden", "prevent", "prevents", "blocked", "disallowed")),
            pair(Set.of("always"), Set.of("never")),
            pair(Set.of("explicit", "explicitly"), Set.of("implicit", "implicitly")),
            pair(Set.of("static", "statically"), Set.of("dynamic", "dynamically")),
            pair(
                    Set.of("include", "includes", "included", "inclusive"),
                    Set.of("exclude", "excludes", "excluded", "exclusive")),
            pair(Set.of("idempotent"), Set.of("non-idempotent", "nonidempotent")),
            pair(Set.of("ordered"), Set.of("unordered")));

    private static final Map<String, Entry> BY_WORD = index();

    /** A word's group and the opposite group. */
    record Entry(Set<String> group, Set<String> opposites) {}

    private Opposites() {}

    /** The entry of a lower-case word that has an opposite, or {@code null}. */
    static Entry of(String lower) {
        return BY_WORD.get(lower);
    }

    private static List<Set<String>> pair(Set<String> a, Set<String> b) {
        return List.of(a, b);
    }

    private static Map<String, Entry> index() {
        Map<String, Entry> index = new HashMap<>();
        for (List<Set<String>> pair : PAIRS) {
            for (String word : pair.get(0)) {
                index.put(word, new Entry(pair.get(0), pair.get(1)));
            }
            for (String word : pair.get(1)) {
                index.put(word, new Entry(pair.get(1), pair.get(0)));
            }
        }
        return Map.copyOf(index);
    }
}
