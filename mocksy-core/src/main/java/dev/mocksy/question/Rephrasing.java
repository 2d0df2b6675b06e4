package dev.mocksy.question;

import dev.mocksy.interview.InterviewType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords a question from its own data, for a candidate who asked to hear it again or did not answer what was asked:
 * the same question turned into a plain instruction, split into its parts, with the area of its first key point as
 * a place to start. It never states a key point.
 */
public final class Rephrasing {

    private static final List<Rule> RULES = List.of(
            new Rule(
                    "^what is the difference between (.+?) and (.+?)\\??$",
                    "Compare $1 with $2: how do they differ, and when would you pick each?"),
            new Rule("^what(?: is|'s) (an? |the )?(.+?)\\??$", "Explain $1$2 in your own words."),
            new Rule("^what are (.+?)\\??$", "Explain $1 in your own words."),
            new Rule("^how (?:do|does|would|should|can) (?:you |we )?(.+?)\\??$", "Walk me through how you would $1."),
            new Rule("^why (?:do|does|would|should|is|are) (.+?)\\??$", "Explain the reasons: why $1?"),
            new Rule("^when (?:would|should|do) you (.+?)\\??$", "In which situations would you $1, and why?"),
            new Rule(
                    "^(?:tell me about|describe|talk about|give me an example of|give an example of) (?:a|one) (time|situation|moment|project|case) (.+?)\\.?$",
                    "Think of one real $1 $2. What was the situation, what did you do yourself, and how did it turn out?"),
            new Rule("^have you ever (.+?)\\??$", "Think of one time you $1. What happened, and what did you do?"),
            new Rule(
                    "^(?:design|build|sketch) (.+?)\\.?$",
                    "Let's design $1 step by step: start with the requirements, then the main components."));

    private Rephrasing() {}

    /** The question in other words, e.g. "What is a database index?" becomes "Explain a database index in your own words." */
    public static String reword(Question question) {
        String text = question.text().strip();
        String reworded = null;
        for (String sentence : text.split("(?<=[.?!])\\s+")) {
            String candidate = apply(sentence.strip());
            if (candidate != null) {
                reworded = reworded == null ? candidate : reworded + " " + candidate;
            } else if (reworded != null) {
                reworded += " " + sentence.strip();
            }
        }
        if (reworded == null) {
            reworded = "In other words: " + lowerFirst(text);
        }
        if (!question.keyPoints().isEmpty()) {
            String area = MissedPointProbe.area(question.keyPoints().get(0));
            if (!area.startsWith("the part")) {
                reworded += " A good place to start is " + area + ".";
            }
        } else if (question.type() == InterviewType.BEHAVIORAL && !reworded.contains("situation")) {
            reworded += " One real example is enough.";
        }
        return reworded;
    }

    /** The question reworded, keeping its id, key points and everything else. */
    public static Question rephrase(Question question) {
        return question.toBuilder().text(reword(question)).build();
    }

    private static String apply(String sentence) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(sentence);
            if (matcher.matches()) {
                String result = matcher.replaceFirst(rule.replacement());
                return result.replaceAll("\\s+", " ").replace(" ,", ",").strip();
            }
        }
        return null;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
        }
    }
}
