package dev.mocksy.evaluation;

import dev.mocksy.evaluation.text.AnalyzedText;
import dev.mocksy.evaluation.text.Segment;
import dev.mocksy.evaluation.text.Token;
import dev.mocksy.evaluation.text.WordLists;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    static final Pattern MEASUREMENT = Pattern.compile(
            "(?:\\$\\s?\\d[\\d,.]*\\s*[kmb]?|\\b\\d[\\d,.]*\\s*(?:%|percent\\b|x\\b|ms\\b|milliseconds?\\b|s\\b|secs?\\b|seconds?\\b"
                    + "|minutes?\\b|mins?\\b|hours?\\b|hrs?\\b|days?\\b|weeks?\\b|months?\\b|years?\\b|quarters?\\b|sprints?\\b"
                    + "|[kmgt]i?b\\b|[kmgt]bps\\b|k\\b|m\\b|rps\\b|qps\\b|tps\\b|req(?:uests)?\\s*/\\s*s(?:ec)?\\b|requests?\\b"
                    + "|users?\\b|customers?\\b|rows?\\b|records?\\b|events?\\b|messages?\\b|nodes?\\b|servers?\\b|instances?\\b"
                    + "|replicas?\\b|shards?\\b|partitions?\\b|engineers?\\b|people\\b|developers?\\b|teams?\\b|tickets?\\b"
                    + "|bugs?\\b|incidents?\\b|points?\\b|releases?\\b|times\\b|fold\\b|dollars?\\b|euros?\\b|lines?\\b"
                    + "|services?\\b|tests?\\b|calls?\\b|pages?\\b|screens?\\b|crashes\\b|errors?\\b|fps\\b)"
                    + "|\\bp(?:50|90|95|99|999)\\b|\\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty"
                    + "|thirty|forty|fifty|hundred|thousand|million|half|twice|double|triple)\\s+(?:weeks?|days|months|hours"
                    + "|minutes|seconds|engineers|people|teams|times|services|sprints|quarters|years|percent|x\\b|the))",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern EXAMPLE = Pattern.compile(
            "\\b(?:for example|for instance|e\\.g\\.|such as|say we|imagine|in our case|in my case|in one case"
                    + "|at my (?:last|previous|current)|on my last|a concrete example|to give an example|like when)\\b",
            Pattern.CASE_INSENSITIVE);

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
            Matcher m = MEASUREMENT.matcher(segment.text());
            while (m.find()) {
                measurements.add(m.group().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
                if (firstMeasurement == null) {
                    firstMeasurement = segment;
                }
            }
            Matcher e = EXAMPLE.matcher(segment.text());
            while (e.find()) {
                examples++;
            }
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
