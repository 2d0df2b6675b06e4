package dev.mocksy.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an answer into {@link Segment}s: sentences, list lines and code blocks.
 *
 * <p>A sentence ends at {@code . ! ? …} followed by a space, a closing quote or the end, unless the word before is
 * a known abbreviation ({@code e.g.}, {@code etc.}, {@code vs.}) or a single letter; decimals and versions
 * ({@code 3.5}, {@code node.js}) never split because the tokenizer keeps them whole. Every line break ends a
 * segment, because typed answers use lines for list items. Fenced blocks ({@code ```}) and lines that look like
 * code (ending in {@code ; { }}, or starting with a keyword such as {@code SELECT} or {@code def}) are code.
 */
public final class SentenceSplitter {

    // "ms", "no" and "st" are left out on purpose: "40 ms." and "we said no." end sentences far more often here
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "vs", "mr", "mrs", "dr", "prof", "approx", "fig", "inc", "ltd", "cf", "eg", "ie");

    // only the start of a line is matched against this, so it never backtracks over a long line
    private static final Pattern CODE_START = Pattern.compile(
            "\\s*(?:def|class|function|fn|func|const|let|var|val|public|private|protected|static|return|import|package"
                    + "|if\\s*\\(|for\\s*\\(|while\\s*\\(|#include|select|insert\\s+into|update\\s+\\w+\\s+set"
                    + "|delete\\s+from|create\\s+(?:unique\\s+)?(?:table|index|view)|alter\\s+table|@\\w+)\\b",
            Pattern.CASE_INSENSITIVE);

    private SentenceSplitter() {}

    /** The segments of {@code text}, in order; {@code tokens} must be {@code Tokenizer.tokenize(text)}. */
    public static List<Segment> split(String text, List<Token> tokens) {
        List<int[]> spans = new ArrayList<>();
        List<Boolean> codeFlags = new ArrayList<>();
        int length = text.length();
        int lineStart = 0;
        boolean inFence = false;
        int fenceStart = -1;
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            String line = text.substring(lineStart, lineEnd);
            if (line.strip().startsWith("```")) {
                if (inFence) {
                    addSpan(text, spans, codeFlags, fenceStart, lineEnd, true);
                    inFence = false;
                } else {
                    inFence = true;
                    fenceStart = lineStart;
                }
            } else if (!inFence) {
                if (looksLikeCode(line) && !looksLikeProse(line)) {
                    addSpan(text, spans, codeFlags, lineStart, lineEnd, true);
                } else {
                    splitSentences(text, lineStart, lineEnd, tokens, spans, codeFlags);
                }
            }
            lineStart = lineEnd + 1;
        }
        if (inFence) {
            addSpan(text, spans, codeFlags, fenceStart, length, true);
        }
        return toSegments(text, tokens, spans, codeFlags);
    }

    /** Whether a line looks like code: a keyword opening, a closing {@code ; { }}, an arrow, or deep indentation. */
    private static boolean looksLikeCode(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        if (last == ';' || last == '{' || last == '}') {
            return true;
        }
        if ((line.startsWith("    ") || line.startsWith("\t")) && line.length() < 200) {
            return true;
        }
        int arrow = Math.max(trimmed.indexOf(") =>"), trimmed.indexOf(") ->"));
        if (arrow >= 0 || trimmed.contains(")=>") || trimmed.contains(")->")) {
            return true;
        }
        return CODE_START.matcher(line).lookingAt();
    }

    /** Whether a line that matched a code pattern is more likely a sentence ("Select the rows that..."). */
    private static boolean looksLikeProse(String line) {
        String trimmed = line.strip();
        if (trimmed.endsWith(";") || trimmed.endsWith("{") || trimmed.endsWith("}") || trimmed.contains("=")) {
            return false;
        }
        if (line.startsWith("    ") || line.startsWith("\t")) {
            return false;
        }
        // a capitalised line ending like a sentence, with spaces between words, is prose
        return trimmed.length() > 0
                && Character.isUpperCase(trimmed.charAt(0))
                && !trimmed.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch))
                && (trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") || trimmed.contains(" "));
    }

    private static void splitSentences(
            String text, int from, int to, List<Token> tokens, List<int[]> spans, List<Boolean> codeFlags) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                continue;
            }
            int next = i + 1;
            while (next < to && ".!?\u2026\"')]\u201d\u2019".indexOf(text.charAt(next)) >= 0) {
                next++;
            }
            if (next < to && !Character.isWhitespace(text.charAt(next))) {
                continue;
            }
            if (c == '.'
                    && isAbbreviation(text, from, i)
                    && !(endsWithEtc(text, from, i) && capitalAfter(text, next, to))) {
                continue;
            }
            addSpan(text, spans, codeFlags, start, next, false);
            start = next;
            i = next - 1;
        }
        addSpan(text, spans, codeFlags, start, to, false);
    }

    private static boolean endsWithEtc(String text, int lineStart, int dot) {
        return dot - 3 >= lineStart && text.regionMatches(true, dot - 3, "etc", 0, 3);
    }

    private static boolean capitalAfter(String text, int from, int to) {
        int j = from;
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < to && Character.isUpperCase(text.charAt(j));
    }

    private static boolean isAbbreviation(String text, int lineStart, int dot) {
        int j = dot;
        while (j > lineStart && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
            j--;
        }
        String word = Tokenizer.normalise(text.substring(j, dot));
        if (word.isEmpty()) {
            return false;
        }
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static void addSpan(
            String text, List<int[]> spans, List<Boolean> codeFlags, int from, int to, boolean code) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            spans.add(new int[] {s, e});
            codeFlags.add(code);
        }
    }

    private static List<Segment> toSegments(
            String text, List<Token> tokens, List<int[]> spans, List<Boolean> codeFlags) {
        List<Segment> segments = new ArrayList<>(spans.size());
        int t = 0;
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            while (t < tokens.size() && tokens.get(t).start() < span[0]) {
                t++;
            }
            int first = t;
            while (t < tokens.size() && tokens.get(t).end() <= span[1]) {
                t++;
            }
            List<Token> inside = tokens.subList(first, t);
            boolean code = codeFlags.get(k);
            String segmentText = text.substring(span[0], span[1]);
            segments.add(new Segment(
                    segmentText, span[0], span[1], inside, code, !code && isProse(segmentText, span[0], inside)));
        }
        return segments;
    }

    /**
     * Whether a segment reads as a sentence rather than a bare list of terms: it needs a verb and a function word; and
     * when it is a run of short comma-separated items, at least half of the items must be clauses themselves.
     */
    static boolean isProse(String text, int offset, List<Token> tokens) {
        List<List<Token>> items = items(text, offset, tokens);
        if (!isClause(tokens, 3)) {
            // a verb outside the word list: five or more words with function words and no list separators still read
            // as a sentence ("Columns with low selectivity gain little.")
            return items.size() == 1 && countWords(tokens) >= 5 && functionShare(tokens) >= 0.15;
        }
        int words = countWords(tokens);
        if (items.size() >= 3 && (double) words / items.size() <= 5) {
            int counted = 0;
            int clauses = 0;
            for (List<Token> item : items) {
                // "um", "you know", "like": padding between commas is not an item of a list
                if (contentWords(item) == 0) {
                    continue;
                }
                counted++;
                if (isClause(item, 2)) {
                    clauses++;
                }
            }
            return counted == 0 || clauses * 2 >= counted;
        }
        return true;
    }

    private static boolean isClause(List<Token> tokens, int minWords) {
        int words = 0;
        boolean function = false;
        boolean verb = false;
        for (Token token : tokens) {
            if (!token.hasLetter()) {
                continue;
            }
            words++;
            function |= WordLists.isStopWord(token.lower());
            verb |= WordLists.isVerbStem(token.stem())
                    || (token.lower().endsWith("ed") && token.lower().length() > 4);
        }
        // terse bullets drop function words ("Composite index column order matters"): four words and a verb will do
        return words >= minWords && verb && (function || words >= 4);
    }

    private static double functionShare(List<Token> tokens) {
        int words = 0;
        int function = 0;
        for (Token token : tokens) {
            if (token.hasLetter()) {
                words++;
                if (WordLists.isStopWord(token.lower())) {
                    function++;
                }
            }
        }
        return words == 0 ? 0 : (double) function / words;
    }

    private static int contentWords(List<Token> tokens) {
        int words = 0;
        for (Token token : tokens) {
            String w = token.lower();
            if (token.hasLetter() && !WordLists.isStopWord(w) && !Disfluency.isFillerWord(w)) {
                words++;
            }
        }
        return words;
    }

    private static int countWords(List<Token> tokens) {
        int words = 0;
        for (Token token : tokens) {
            if (token.hasLetter()) {
                words++;
            }
        }
        return words;
    }

    /** The tokens between separators (commas, semicolons, bars, bullets), in order. */
    private static List<List<Token>> items(String text, int offset, List<Token> tokens) {
        List<List<Token>> items = new ArrayList<>();
        if (tokens.isEmpty()) {
            return items;
        }
        List<Token> current = new ArrayList<>();
        int previousEnd = tokens.get(0).start() - offset;
        for (Token token : tokens) {
            int from = previousEnd;
            int to = token.start() - offset;
            boolean separated = false;
            for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
                char c = text.charAt(i);
                if (c == ',' || c == ';' || c == '|' || c == '\u2022') {
                    separated = true;
                    break;
                }
            }
            if (separated && !current.isEmpty()) {
                items.add(current);
                current = new ArrayList<>();
            }
            current.add(token);
            previousEnd = token.end() - offset;
        }
        items.add(current);
        return items;
    }
}
