package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Disfluency;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import dev.mocksy.internal.text.Tokenizer;
import dev.mocksy.internal.text.WordLists;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a non-answer from an answer, and says which kind it is.
 *
 * <p>Checks run from the most to the least specific: gibberish, "I don't know", deflection, too short, the question
 * echoed back, a bare list of terms, then off-topic text. An answer that admits a gap but goes on to say something
 * substantive ("I'm not sure, but I would start by...") is an answer, not a non-answer.
 */
final class NonAnswerDetector {

    /** A non-answer and why. */
    record Verdict(AnswerFlag flag, String reason) {}

    private static final Pattern NO_KNOWLEDGE =
            Pattern.compile("\\b(?:i\\s+(?:really\\s+|honestly\\s+|just\\s+)?(?:do not|don't|dont|do n't)"
                    + "\\s+know|no\\s+idea|not\\s+(?:really\\s+)?sure|no\\s+clue|(?:have|had|got)\\s+no\\s+(?:experience|idea|clue)"
                    + "|never\\s+(?:heard|used|worked|done)|(?:can't|cannot|can not|don't|do not)\\s+(?:remember|recall|think of)|dunno|idk"
                    + "|beats me|i'm blanking|blank(?:ed|ing)?\\s+on|not familiar|haven't\\s+(?:used|worked|done|heard|learned)"
                    + "|i\\s+(?:can't|cannot)\\s+answer|nothing comes to mind|no experience)");

    private static final Pattern DEFLECTION =
            Pattern.compile("\\b(?:next\\s+question|next\\s+one|(?:i'll|i will|let me|i)\\s+pass"
                    + "|^pass\\b|\\bpass\\s*[.!]*$|skip(?:\\s+(?:this|it|that))?|move\\s+on|moving\\s+on|go\\s+to\\s+the\\s+next"
                    + "|(?:do|ask)\\s+(?:another|a different)\\s+(?:one|question)|another\\s+question|no\\s+comment"
                    + "|(?:i'd|i would)\\s+rather\\s+not|rather\\s+not\\s+(?:answer|say)|come\\s+back\\s+to\\s+(?:this|it|that)"
                    + "|not\\s+answering|^next\\b|pass\\s+on\\s+this)");

    private static final Set<String> EMPTY_WORDS = Set.of(
            "sorry",
            "apologies",
            "apology",
            "please",
            "thanks",
            "thank",
            "honestly",
            "really",
            "unfortunately",
            "afraid",
            "question",
            "answer",
            "um",
            "uh",
            "er",
            "hmm",
            "okay",
            "ok",
            "well",
            "yeah",
            "yes",
            "no",
            "time",
            "right",
            "now",
            "moment",
            "maybe",
            "later",
            "next",
            "one",
            "topic",
            "actually",
            "guess",
            "think",
            "know",
            "sure",
            "idea",
            "can",
            "could",
            "we",
            "us",
            "let's",
            "lets",
            "go",
            "good",
            "great",
            "interesting",
            "hard",
            "tough",
            "mind",
            "ask",
            "something",
            "else",
            "different",
            "thing",
            "another",
            "bit",
            "little",
            "much",
            "anything");

    private static final Set<String> META_STEMS = stems(
            "question",
            "ask",
            "asking",
            "good",
            "great",
            "interesting",
            "let",
            "think",
            "repeat",
            "mean",
            "well",
            "okay",
            "sure",
            "yes",
            "answer",
            "basically",
            "so",
            "talk",
            "explain",
            "describe",
            "tell",
            "know");

    private static final int MAX_ADMISSION_STEMS = 24;

    /** "Could you repeat the question?", "what do you mean by sharding?", "sorry, I didn't catch that". */
    private static final Pattern CLARIFICATION = Pattern.compile(
            "\\b(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?(?:repeat|rephrase|reword|restate|clarify|say|explain"
                    + "|read)\\b(?:\\s+(?:that|it|this|the question|your question|again|once more|what you mean))?"
                    + "|(?:please\\s+)?(?:repeat|rephrase|reword|restate|clarify)\\s+(?:the|that|your|this)\\s+(?:question|last part)"
                    + "|what\\s+do\\s+you\\s+mean(?:\\s+by)?|what\\s+(?:exactly\\s+)?(?:are|is)\\s+you\\s+asking"
                    + "|(?:i\\s+)?(?:didn't|did not|don't|do not)\\s+(?:quite\\s+)?(?:catch|get|hear|follow|understand)\\s+(?:that|the"
                    + " question|it|what you|your question|you)|say\\s+(?:that|it)\\s+again|come\\s+again|pardon(?:\\s+me)?\\?"
                    + "|(?:sorry|excuse me),?\\s+what\\s+(?:was|is)\\s+the\\s+question|which\\s+(?:part|one)\\s+do\\s+you\\s+mean"
                    + "|do\\s+you\\s+mean\\b|(?:is|are)\\s+you\\s+asking\\s+(?:about|whether|if))");

    private static final int MAX_CLARIFICATION_WORDS = 30;

    /** Words a memorised, fits-anything paragraph is made of. */
    private static final Set<String> GENERIC_STEMS = stems(
            "best",
            "practice",
            "practices",
            "important",
            "importance",
            "quality",
            "ensure",
            "ensuring",
            "robust",
            "scalable",
            "scalability",
            "efficient",
            "efficiency",
            "effective",
            "effectively",
            "maintainable",
            "maintainability",
            "reliable",
            "reliability",
            "communication",
            "communicate",
            "collaboration",
            "collaborate",
            "team",
            "teams",
            "stakeholder",
            "stakeholders",
            "approach",
            "solution",
            "solutions",
            "always",
            "strive",
            "passionate",
            "leverage",
            "holistic",
            "mindset",
            "value",
            "values",
            "goal",
            "goals",
            "focus",
            "focused",
            "deliver",
            "delivering",
            "success",
            "successful",
            "overall",
            "aspect",
            "aspects",
            "consider",
            "considering",
            "factor",
            "factors",
            "key",
            "critical",
            "crucial",
            "essential",
            "clean",
            "code",
            "requirement",
            "requirements",
            "business",
            "needs",
            "user",
            "users",
            "experience",
            "improve",
            "improvement",
            "continuous",
            "learning",
            "process",
            "processes",
            "standard",
            "standards",
            "principle",
            "principles",
            "depend",
            "depends",
            "situation",
            "context",
            "balance",
            "trade",
            "tradeoffs",
            "right",
            "tool",
            "tools",
            "job",
            "work",
            "working",
            "make",
            "sure",
            "thing",
            "things",
            "way",
            "ways",
            "general",
            "generally",
            "typically",
            "usually",
            "various",
            "different",
            "many",
            "lot",
            "lots",
            "also",
            "good",
            "great",
            "help",
            "helps",
            "performance",
            "security",
            "testing",
            "tested",
            "documentation",
            "review",
            "reviews",
            "care",
            "carefully",
            "careful",
            "problem",
            "problems",
            "issue",
            "issues",
            "impact",
            "long",
            "term",
            "future",
            "proof",
            "modern",
            "industry",
            "efficiently",
            "smoothly",
            "seamless",
            "optimal");

    private static final int MIN_GENERIC_WORDS = 25;

    private static final Set<String> KEYBOARD_RUNS = keyboardRuns("qwertyuiop", "asdfghjkl", "zxcvbnm");

    private NonAnswerDetector() {}

    /** The verdict when the answer is not an answer, else empty. */
    static Optional<Verdict> detect(QuestionProfile profile, AnalyzedText answer, KeyPointCoverage coverage) {
        List<Token> words = proseTokens(answer);
        boolean hasCode = answer.segments().stream().anyMatch(Segment::code);
        if (words.isEmpty() && !hasCode) {
            long visible = answer.text()
                    .codePoints()
                    .filter(cp -> !Character.isWhitespace(cp))
                    .count();
            return Optional.of(
                    visible >= 4
                            ? new Verdict(AnswerFlag.GIBBERISH, "no words, only symbols")
                            : new Verdict(AnswerFlag.TOO_SHORT, "nothing was said"));
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (isForeignScript(answer.text()) || isForeignLatin(words)) {
            // another language: none of the checks below can read it; the evaluation says so instead
            return Optional.empty();
        }
        if (isGibberish(words)) {
            return Optional.of(new Verdict(AnswerFlag.GIBBERISH, "the words are not language"));
        }
        Set<String> content = new HashSet<>();
        for (Token token : words) {
            if (AnalyzedText.isContent(token)) {
                content.add(token.stem());
            }
        }
        // an admission or a deflection leaves at most a handful of other words; a long answer is neither
        if (coverage.covered().isEmpty() && content.size() <= MAX_ADMISSION_STEMS) {
            String lower = GraderInstructions.normalise(proseText(answer));
            if (admits(NO_KNOWLEDGE, lower)) {
                return Optional.of(new Verdict(AnswerFlag.NO_KNOWLEDGE, "says it does not know, and nothing else"));
            }
            if (admits(DEFLECTION, lower)) {
                return Optional.of(new Verdict(AnswerFlag.DEFLECTION, "asks to move on instead of answering"));
            }
        }
        if (!hasCode && onlyPadding(words)) {
            return Optional.of(new Verdict(AnswerFlag.TOO_SHORT, "only filler words"));
        }
        if (!hasCode && (words.size() < 4 || content.size() <= 1)) {
            return Optional.of(new Verdict(AnswerFlag.TOO_SHORT, "only " + words.size() + " word(s)"));
        }
        if (!hasCode && coverage.covered().isEmpty() && isEcho(profile, content)) {
            return Optional.of(new Verdict(AnswerFlag.ECHO, "repeats the question without answering it"));
        }
        if (!hasCode && isKeywordList(answer)) {
            return Optional.of(new Verdict(AnswerFlag.KEYWORD_LIST, "lists terms without explaining any of them"));
        }
        if (!hasCode && coverage.covered().isEmpty() && isOffTopic(profile, words)) {
            return Optional.of(new Verdict(AnswerFlag.OFF_TOPIC, "is about something other than the question"));
        }
        return Optional.empty();
    }

    /** Whether the answer asks for the question to be repeated, rephrased or explained, and says little else. */
    static boolean isClarificationRequest(AnalyzedText answer) {
        List<Token> words = proseTokens(answer);
        if (words.isEmpty() || words.size() > MAX_CLARIFICATION_WORDS) {
            return false;
        }
        return CLARIFICATION
                .matcher(GraderInstructions.normalise(proseText(answer)))
                .find();
    }

    /**
     * Whether the answer is a paragraph that would fit any question: long enough to be memorised, made mostly of
     * generic words (quality, best practices, stakeholders), with almost nothing from the question or its key points.
     */
    static boolean isGeneric(QuestionProfile profile, AnalyzedText answer, int coveredPoints) {
        if (coveredPoints > 0) {
            return false;
        }
        List<Token> words = proseTokens(answer);
        if (words.size() < MIN_GENERIC_WORDS) {
            return false;
        }
        int content = 0;
        int generic = 0;
        Set<String> topical = new HashSet<>();
        for (Token token : words) {
            if (!AnalyzedText.isContent(token) || token.isNumber()) {
                continue;
            }
            content++;
            if (GENERIC_STEMS.contains(token.stem())) {
                generic++;
            } else if (profile.topicStems().contains(token.stem())) {
                topical.add(token.stem());
            }
        }
        if (content == 0) {
            return false;
        }
        return (double) generic / content >= 0.30 && topical.size() <= 2;
    }

    /** Whether every word is a function word, a filler or polite padding ("um, uh, I mean, you know, sorry"). */
    private static boolean onlyPadding(List<Token> words) {
        for (Token token : words) {
            String w = token.lower();
            if (!WordLists.isStopWord(w)
                    && !Disfluency.isFillerWord(w)
                    && !EMPTY_WORDS.contains(w)
                    && !w.equals("mean")
                    && !w.equals("see")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is mostly something other than English written in Latin script. */
    static boolean isForeignScript(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && latin < letters / 2;
    }

    /** Whether the answer has more function words of another Latin-script language than of English. */
    static boolean isForeignLatin(List<Token> words) {
        int english = 0;
        int foreign = 0;
        for (Token token : words) {
            if (WordLists.isStopWord(token.lower())) {
                english++;
            } else if (WordLists.isForeignFunctionWord(token.lower())) {
                foreign++;
            }
        }
        return foreign >= 3 && foreign > english;
    }

    /** The tokens outside code. */
    static List<Token> proseTokens(AnalyzedText answer) {
        return answer.segments().stream()
                .filter(segment -> !segment.code())
                .flatMap(segment -> segment.tokens().stream())
                .toList();
    }

    private static String proseText(AnalyzedText answer) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : answer.segments()) {
            if (!segment.code()) {
                text.append(segment.text()).append('\n');
            }
        }
        return text.toString();
    }

    /** Whether the phrase occurs and, once it and polite padding are taken out, almost nothing is left. */
    private static boolean admits(Pattern phrase, String lower) {
        if (!phrase.matcher(lower).find()) {
            return false;
        }
        String rest = phrase.matcher(lower).replaceAll(" ");
        Set<String> substance = new HashSet<>();
        for (Token token : Tokenizer.tokenize(rest)) {
            if (AnalyzedText.isContent(token) && !EMPTY_WORDS.contains(token.lower())) {
                substance.add(token.stem());
            }
        }
        return substance.size() <= 4;
    }

    private static boolean isGibberish(List<Token> words) {
        int checked = 0;
        int implausible = 0;
        int known = 0;
        Set<String> distinct = new HashSet<>();
        for (Token token : words) {
            distinct.add(token.lower());
            if (!token.hasLetter()) {
                continue;
            }
            String w = token.lower();
            if (WordLists.isStopWord(w) || WordLists.isDomainStem(token.stem()) || WordLists.isTechnology(w)) {
                known++;
                checked++;
                continue;
            }
            if (w.length() < 3) {
                continue;
            }
            checked++;
            if (!isPlausibleWord(w)) {
                implausible++;
            }
        }
        if (words.size() >= 5 && distinct.size() <= 2) {
            return true;
        }
        if (checked == 0) {
            return false;
        }
        double share = (double) implausible / checked;
        return share >= 0.5 || (known == 0 && share >= 0.3);
    }

    /** Whether a word could be English: it has vowels, no long consonant runs, no keyboard runs, no stutter. */
    static boolean isPlausibleWord(String w) {
        int vowels = 0;
        int consonantRun = 0;
        int maxConsonantRun = 0;
        int sameRun = 1;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && c == w.charAt(i - 1)) {
                sameRun++;
                if (sameRun >= 3) {
                    return false;
                }
            } else {
                sameRun = 1;
            }
            if ("aeiouy".indexOf(c) >= 0) {
                vowels++;
                consonantRun = 0;
            } else if (Character.isLetter(c)) {
                consonantRun++;
                maxConsonantRun = Math.max(maxConsonantRun, consonantRun);
            }
        }
        if (vowels == 0 || maxConsonantRun >= 5) {
            return false;
        }
        if (w.length() >= 5 && (double) vowels / w.length() < 0.2) {
            return false;
        }
        return !hasKeyboardRun(w);
    }

    private static boolean hasKeyboardRun(String w) {
        for (int i = 0; i + 5 <= w.length(); i++) {
            if (KEYBOARD_RUNS.contains(w.substring(i, i + 5))) {
                return true;
            }
        }
        return false;
    }

    /** Every run of five neighbouring keys on a keyboard row, both ways: "asdfg", "gfdsa"... */
    private static Set<String> keyboardRuns(String... rows) {
        Set<String> runs = new HashSet<>();
        for (String row : rows) {
            String reversed = new StringBuilder(row).reverse().toString();
            for (int i = 0; i + 5 <= row.length(); i++) {
                runs.add(row.substring(i, i + 5));
                runs.add(reversed.substring(i, i + 5));
            }
        }
        return Set.copyOf(runs);
    }

    private static boolean isEcho(QuestionProfile profile, Set<String> content) {
        Set<String> question = profile.questionStems();
        if (question.size() < 2) {
            return false;
        }
        int shared = 0;
        int novel = 0;
        for (String stem : content) {
            if (question.contains(stem)) {
                shared++;
            } else if (!META_STEMS.contains(stem)) {
                novel++;
            }
        }
        return shared >= Math.max(2, question.size() * 0.5) && novel <= Math.max(2, content.size() / 4);
    }

    /**
     * Whether the answer is a list of terms: under a quarter of its words stand in sentences, or it is many very short
     * lines that are mostly not sentences (a phrase like "turns it into an inner join" among them does not make a
     * list an explanation).
     */
    private static boolean isKeywordList(AnalyzedText answer) {
        int proseWords = 0;
        int allWords = 0;
        int segments = 0;
        int proseSegments = 0;
        for (Segment segment : answer.segments()) {
            allWords += segment.size();
            segments++;
            if (segment.prose() && !listLike(segment)) {
                proseWords += segment.size();
                proseSegments++;
            }
        }
        if (allWords == 0) {
            return false;
        }
        if (segments == 1 && allWords >= 8) {
            // one line of eight words or more with several function words is a sentence, whatever its verbs
            int function = 0;
            for (Token token : answer.segments().get(0).tokens()) {
                if (WordLists.isStopWord(token.lower())) {
                    function++;
                }
            }
            long separators = answer.segments()
                    .get(0)
                    .text()
                    .chars()
                    .filter(c -> c == ',' || c == ';' || c == '/')
                    .count();
            if (function >= 3 && separators < 4 && !listLike(answer.segments().get(0))) {
                return false;
            }
        }
        boolean shortLines = segments >= 4 && (double) allWords / segments <= 4.5 && proseSegments * 10 <= segments * 4;
        return proseWords < allWords * 0.25 || shortLines;
    }

    /**
     * A line of terms separated by commas, slashes or semicolons, a few words each ("B-tree, slower writes, extra disk
     * space, selective filters"): a list, even when one of its terms looks like a verb.
     */
    static boolean listLike(Segment segment) {
        String text = segment.text();
        int separators = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '/' || c == '|' || c == '\u00b7' || c == '\u2022') {
                separators++;
            }
        }
        if (separators < 2) {
            return false;
        }
        double wordsPerItem = (double) segment.size() / (separators + 1);
        if (wordsPerItem > 3.2) {
            return false;
        }
        int function = 0;
        for (Token token : segment.tokens()) {
            String w = token.lower();
            if (WordLists.isStopWord(w) && !w.equals("and") && !w.equals("or")) {
                function++;
            }
        }
        return function * 6 <= segment.size();
    }

    private static boolean isOffTopic(QuestionProfile profile, List<Token> words) {
        int content = 0;
        int topic = 0;
        int domain = 0;
        for (Token token : words) {
            if (!AnalyzedText.isContent(token) || token.isNumber()) {
                continue;
            }
            content++;
            if (profile.topicStems().contains(token.stem())) {
                topic++;
            } else if (WordLists.isDomainStem(token.stem()) || WordLists.isTechnology(token.lower())) {
                domain++;
            }
        }
        if (content < 6) {
            return false;
        }
        return topic <= content * 0.04 && topic + domain <= content * 0.10;
    }

    private static Set<String> stems(String... words) {
        Set<String> stems = new HashSet<>();
        for (String word : words) {
            stems.add(dev.mocksy.internal.text.EnglishStemmer.stem(word));
        }
        return Set.copyOf(stems);
    }
}
