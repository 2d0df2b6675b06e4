package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.PhraseMatcher;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import dev.mocksy.internal.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How concrete an answer is: measurements, named technologies, worked examples, code.
 *
 * @param measurements distinct numbers with a unit, a percentage or a multiplier ("40%", "200 ms", "3x", "two weeks")
 * @param numbers distinct numbers of any kind
 * @param technologies distinct named technologies
 * @param examples phrases that introduce a concrete example ("for example", "in our case")
 * @param codeBlocks code segments
 * @param properNouns distinct capitalised names inside sentences
 * @param firstMeasurement the segment holding the first measurement, or {@code null}
 */
record Specificity(
        int measurements,
        int numbers,
        int technologies,
        int examples,
        int codeBlocks,
        int properNouns,
        Segment firstMeasurement) {

    private static final Set<String> UNITS = Set.of(
            "%",
            "percent",
            "x",
            "ms",
            "millisecond",
            "milliseconds",
            "s",
            "sec",
            "secs",
            "second",
            "seconds",
            "minute",
            "minutes",
            "min",
            "mins",
            "hour",
            "hours",
            "hr",
            "hrs",
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "quarter",
            "quarters",
            "sprint",
            "sprints",
            "kb",
            "mb",
            "gb",
            "tb",
            "kib",
            "mib",
            "gib",
            "tib",
            "kbps",
            "mbps",
            "gbps",
            "k",
            "m",
            "thousand",
            "million",
            "billion",
            "rps",
            "qps",
            "tps",
            "req",
            "request",
            "requests",
            "user",
            "users",
            "customer",
            "customers",
            "row",
            "rows",
            "record",
            "records",
            "event",
            "events",
            "message",
            "messages",
            "node",
            "nodes",
            "server",
            "servers",
            "instance",
            "instances",
            "replica",
            "replicas",
            "shard",
            "shards",
            "partition",
            "partitions",
            "engineer",
            "engineers",
            "people",
            "developer",
            "developers",
            "team",
            "teams",
            "ticket",
            "tickets",
            "bug",
            "bugs",
            "incident",
            "incidents",
            "point",
            "points",
            "release",
            "releases",
            "times",
            "fold",
            "dollar",
            "dollars",
            "euro",
            "euros",
            "line",
            "lines",
            "service",
            "services",
            "test",
            "tests",
            "call",
            "calls",
            "page",
            "pages",
            "screen",
            "screens",
            "crashes",
            "error",
            "errors",
            "fps",
            "order",
            "orders",
            "items",
            "files",
            "queries");
    private static final Set<String> WORD_UNITS = Set.of(
            "weeks",
            "days",
            "months",
            "hours",
            "minutes",
            "seconds",
            "engineers",
            "people",
            "teams",
            "times",
            "services",
            "sprints",
            "quarters",
            "years",
            "percent",
            "x",
            "the");
    private static final Set<String> PERCENTILES = Set.of("p50", "p90", "p95", "p99", "p999");

    private static final PhraseMatcher EXAMPLE = PhraseMatcher.of(
            "for example",
            "for instance",
            "e.g",
            "eg",
            "such as",
            "say we",
            "imagine",
            "in {our|my|one} case",
            "{at|on} my {last|previous|current}",
            "a concrete example",
            "to give an example",
            "like when");

    /** A 0-1 score: about seven points of concreteness saturate it. */
    double score() {
        double points = 1.5 * Math.min(measurements, 3)
                + 0.5 * Math.min(Math.max(0, numbers - measurements), 2)
                + Math.min(technologies, 4)
                + Math.min(examples, 2)
                + 2.0 * Math.min(codeBlocks, 1)
                + 0.5 * Math.min(properNouns, 3);
        return Math.min(1.0, points / 7.0);
    }

    private static final Set<String> NUMBER_WORDS = Set.of(
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "twelve",
            "fifteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "hundred",
            "thousand",
            "million",
            "half",
            "twice",
            "double",
            "triple",
            "p50",
            "p90",
            "p95",
            "p99",
            "p999");

    /**
     * The measurements in a segment: a number with a unit, percentage or multiplier after it ({@code 40%},
     * {@code 200 ms}, {@code 3x}, {@code 40 million rows}), a sum of money ({@code $300}), a percentile
     * ({@code p99}), or a number word with a unit ({@code two weeks}, {@code twice the}).
     */
    static List<String> measurements(Segment segment) {
        List<String> found = new ArrayList<>();
        List<Token> tokens = segment.tokens();
        String text = segment.text();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String w = token.lower();
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (PERCENTILES.contains(w)) {
                found.add(w);
            } else if (token.isNumber()) {
                int after = token.end() - segment.start();
                int before = token.start() - segment.start() - 1;
                String suffix = unitSuffix(w);
                if (after < text.length() && text.charAt(after) == '%') {
                    found.add(w + "%");
                } else if (before >= 0 && text.charAt(before) == '$') {
                    found.add("$" + w);
                } else if (!suffix.isEmpty() && UNITS.contains(suffix)) {
                    found.add(w);
                } else if (next != null && next.start() - token.end() <= 2 && UNITS.contains(next.lower())) {
                    found.add(w + " " + next.lower());
                }
            } else if (NUMBER_WORDS.contains(w) && next != null && WORD_UNITS.contains(next.lower())) {
                found.add(w + " " + next.lower());
            }
        }
        return found;
    }

    /** The letters after the digits of a token such as {@code 200ms} or {@code 3x}. */
    private static String unitSuffix(String w) {
        int i = 0;
        while (i < w.length() && !Character.isLetter(w.charAt(i))) {
            i++;
        }
        return w.substring(i);
    }

    static Specificity measure(AnalyzedText answer) {
        Set<String> measurements = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> technologies = new HashSet<>();
        Set<String> properNouns = new HashSet<>();
        int examples = 0;
        int codeBlocks = 0;
        Segment firstMeasurement = null;
        for (Segment segment : answer.segments()) {
            if (segment.code()) {
                codeBlocks++;
                continue;
            }
            List<String> found = measurements(segment);
            measurements.addAll(found);
            if (!found.isEmpty() && firstMeasurement == null) {
                firstMeasurement = segment;
            }
            examples += EXAMPLE.find(segment.tokens()).size();
            List<Token> tokens = segment.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.isNumber()) {
                    numbers.add(token.lower());
                }
                if (WordLists.isTechnology(token.lower())) {
                    technologies.add(token.lower());
                } else if (i + 1 < tokens.size()
                        && WordLists.isTechnology(
                                token.lower() + " " + tokens.get(i + 1).lower())) {
                    technologies.add(token.lower() + " " + tokens.get(i + 1).lower());
                } else if (i > 0
                        && Character.isUpperCase(token.surface().charAt(0))
                        && !token.surface().equals("I")
                        && !token.lower().startsWith("i'")
                        && token.surface().length() > 1
                        && !WordLists.isStopWord(token.lower())) {
                    properNouns.add(token.lower());
                }
            }
        }
        return new Specificity(
                measurements.size(),
                numbers.size(),
                technologies.size(),
                examples,
                codeBlocks,
                properNouns.size(),
                firstMeasurement);
    }
}
