package dev.mocksy.evaluation;

import dev.mocksy.evaluation.QuestionProfile.Claim;
import dev.mocksy.evaluation.QuestionProfile.CompiledKeyPoint;
import dev.mocksy.evaluation.QuestionProfile.CompiledMisconception;
import dev.mocksy.evaluation.QuestionProfile.Property;
import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statements an answer gets wrong: a known misconception of the question (in any of its phrasings, and not negated),
 * or a key point stated in reverse: negated ("goroutines are not scheduled by the runtime"), with the opposite
 * property ("virtual threads are heavier"), or with its terms swapped ("authentication decides what you may do").
 *
 * <p>Word-based checks run always; with sentence embeddings ({@link MeaningMatch}) a swapped definition is also caught
 * when it is paraphrased, and a misconception when it is restated in other words (only when the sentence is much
 * closer to the misconception than to its correction). Each finding names the sentence, what it claims and what is
 * correct; the key point it reverses, if any, is not credited.
 *
 * @param findings every wrong statement found, in answer order, at most one per sentence
 */
record Contradictions(List<Finding> findings) {

    /** Similarity to a misconception, in meaning, above which a sentence may restate it. */
    static final double MISCONCEPTION_SIMILARITY = 0.78;

    /** A misconception restated in meaning must be this much closer to it than to its correction. */
    static final double MISCONCEPTION_MARGIN = 0.08;

    /** A swapped definition: the part is this much closer to the other entity's description. */
    static final double SWAP_MARGIN = 0.12;

    /** Negations of a verb; "no", "none" and "without" qualify a noun and are part of what is said. */
    private static final Set<String> NEGATIONS = Set.of(
            "not",
            "never",
            "cannot",
            "can't",
            "cant",
            "don't",
            "dont",
            "doesn't",
            "doesnt",
            "isn't",
            "isnt",
            "aren't",
            "arent",
            "won't",
            "wont",
            "wasn't",
            "weren't",
            "shouldn't",
            "mustn't",
            "didn't",
            "hardly");

    /** Words that make a sentence report or warn about a claim instead of stating it. */
    private static final Set<String> NOT_ASSERTED = Set.of(
            "if",
            "mistake",
            "mistakes",
            "myth",
            "misconception",
            "wrong",
            "wrongly",
            "avoid",
            "trap",
            "pitfall",
            "anti",
            "antipattern",
            "believe",
            "assume",
            "assumes",
            "assuming",
            "unless",
            "whether",
            "instead",
            "rather",
            "suppose",
            "supposedly",
            "claim",
            "claims",
            "incorrectly",
            "mistakenly",
            "false",
            "untrue");

    private static final Set<String> PRONOUNS = Set.of("it", "they", "this", "that", "these", "those", "which");

    private static final Set<String> QUALIFIERS =
            Set.of("before", "until", "unless", "while", "during", "when", "if", "yet", "early", "always", "only");

    /** How a statement is wrong. */
    enum Kind {
        MISCONCEPTION,
        NEGATED,
        OPPOSITE,
        SWAPPED
    }

    /**
     * One wrong statement.
     *
     * @param segment the sentence that says it
     * @param kind how it is wrong
     * @param claim what it claims, in words the candidate can recognise
     * @param correct what is true instead
     * @param keyPoint the key point it reverses, or {@code null} for a misconception unrelated to one
     */
    record Finding(Segment segment, Kind kind, String claim, String correct, CompiledKeyPoint keyPoint) {}

    /** Whether a key point was reversed somewhere: then it is not credited, whatever else matched it. */
    Set<CompiledKeyPoint> reversed() {
        Set<CompiledKeyPoint> reversed = new HashSet<>();
        for (Finding finding : findings) {
            if (finding.keyPoint() != null) {
                reversed.add(finding.keyPoint());
            }
        }
        return reversed;
    }

    /** The sentences with a finding. */
    Set<Segment> segments() {
        Set<Segment> segments = new HashSet<>();
        findings.forEach(f -> segments.add(f.segment()));
        return segments;
    }

    static Contradictions find(QuestionProfile profile, AnalyzedText answer, MeaningMatch meaning) {
        Map<Segment, Finding> found = new LinkedHashMap<>();
        List<Segment> prose = new ArrayList<>();
        for (Segment segment : answer.segments()) {
            if (!segment.code() && segment.size() >= 3) {
                prose.add(segment);
            }
        }
        for (int s = 0; s < prose.size(); s++) {
            Segment segment = prose.get(s);
            Finding finding = misconception(profile, segment, meaning);
            if (finding == null) {
                finding = reversedKeyPoint(profile, segment, meaning);
            }
            if (finding == null) {
                finding = swapped(profile, segment, meaning);
            }
            if (finding != null) {
                found.put(segment, finding);
            }
        }
        return new Contradictions(List.copyOf(found.values()));
    }

    private static Finding misconception(QuestionProfile profile, Segment segment, MeaningMatch meaning) {
        List<Token> tokens = segment.tokens();
        for (CompiledMisconception misconception : profile.misconceptions()) {
            for (QuestionProfile.Phrasing phrasing : misconception.phrasings()) {
                int at = Matching.sequence(tokens, phrasing.stems());
                if (at >= 0
                        && negatedAround(segment, at, phrasing.stems().size()) == phrasing.negative()
                        && !reported(segment, at, phrasing.words())) {
                    return finding(segment, Kind.MISCONCEPTION, misconception, profile);
                }
            }
        }
        if (meaning != null) {
            for (CompiledMisconception misconception : profile.misconceptions()) {
                double toClaim = meaning.toMisconception(segment, misconception);
                double toCorrection = meaning.toCorrection(segment, misconception);
                if (toClaim >= MISCONCEPTION_SIMILARITY
                        && toClaim >= toCorrection + MISCONCEPTION_MARGIN
                        && negations(tokens) == negations(misconception.claimTokens())) {
                    return finding(segment, Kind.MISCONCEPTION, misconception, profile);
                }
            }
        }
        return null;
    }

    /** Whether the words before the claim report, warn about or condition it: "a common mistake is...", "if...". */
    private static boolean reported(Segment segment, int at, Set<String> ownWords) {
        List<Token> tokens = segment.tokens();
        for (int i = 0; i < at; i++) {
            String word = tokens.get(i).lower();
            if (NOT_ASSERTED.contains(word) && !(ownWords.contains(word) && i >= at - 3)) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(
            Segment segment, Kind kind, CompiledMisconception misconception, QuestionProfile profile) {
        return new Finding(
                segment,
                kind,
                misconception.misconception().claim(),
                misconception.misconception().correction(),
                relatedKeyPoint(profile, misconception));
    }

    /** The key point a misconception contradicts: the one sharing most content words with its correction. */
    private static CompiledKeyPoint relatedKeyPoint(QuestionProfile profile, CompiledMisconception misconception) {
        CompiledKeyPoint best = null;
        int bestShared = 1;
        for (CompiledKeyPoint keyPoint : profile.keyPoints()) {
            int shared = 0;
            for (String stem : misconception.correctionStems()) {
                if (keyPoint.pointStems().contains(stem)) {
                    shared++;
                }
            }
            if (shared > bestShared) {
                bestShared = shared;
                best = keyPoint;
            }
        }
        return best;
    }

    private static Finding reversedKeyPoint(QuestionProfile profile, Segment segment, MeaningMatch meaning) {
        List<Token> tokens = segment.tokens();
        Set<String> stems = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (Token token : tokens) {
            stems.add(token.stem());
            words.add(token.lower());
        }
        int[] clauses = clauses(segment, ",;:(\u2014");
        for (CompiledKeyPoint keyPoint : profile.keyPoints()) {
            // the opposite property: "heavier" where the point says "lightweight", about the same thing
            for (Property property : keyPoint.properties()) {
                if (property.group().stream().anyMatch(words::contains)) {
                    continue;
                }
                for (int i = 0; i < tokens.size(); i++) {
                    Token token = tokens.get(i);
                    if (!property.opposites().contains(token.lower()) || negatedBefore(segment, i)) {
                        continue;
                    }
                    if (contextNear(tokens, i, property.context(), clauses)
                            && mentionsSubject(keyPoint, clauseStems(tokens, i, clauses))) {
                        return new Finding(
                                segment,
                                Kind.OPPOSITE,
                                "says \"" + token.surface() + "\" where it is \"" + property.word() + "\"",
                                keyPoint.keyPoint().point(),
                                keyPoint);
                    }
                }
            }
            // negated: a term of the point right after a negation, in a sentence about the point's own subject
            if (keyPoint.negative()) {
                continue;
            }
            for (List<String> term : keyPoint.terms()) {
                int at = Matching.sequence(tokens, term);
                if (at >= 0
                        && negatedWithin(segment, at, 3)
                        && !qualified(segment, at)
                        && aboutSubject(profile, keyPoint, clauseStems(tokens, at, clauses), term)
                        && negatedSubject(segment, at, keyPoint)
                        && (meaning == null || meaning.toKeyPoint(segment, keyPoint) >= 0.45)) {
                    return new Finding(
                            segment,
                            Kind.NEGATED,
                            "denies it",
                            keyPoint.keyPoint().point(),
                            keyPoint);
                }
            }
        }
        return null;
    }

    /** Whether the sentence names the key point's whole subject ("virtual threads" for "Virtual threads are..."). */
    private static boolean mentionsSubject(CompiledKeyPoint keyPoint, Set<String> stems) {
        return !keyPoint.subject().isEmpty() && stems.containsAll(keyPoint.subject());
    }

    /** Whether a word the property is about stands within two words of the opposite word, in its clause. */
    private static boolean contextNear(List<Token> tokens, int at, Set<String> context, int[] clauses) {
        for (int i = Math.max(0, at - 2); i <= Math.min(tokens.size() - 1, at + 2); i++) {
            if (i != at
                    && clauses[i] == clauses[at]
                    && context.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    /** The stems of the clause of token {@code at}: between commas, semicolons, colons or dashes. */
    private static Set<String> clauseStems(List<Token> tokens, int at, int[] clauses) {
        Set<String> stems = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (clauses[i] == clauses[at]) {
                stems.add(tokens.get(i).stem());
            }
        }
        return stems;
    }

    /** The clause number of every token: a new clause after , ; : ( or a dash between two tokens. */
    static int[] clauses(Segment segment, String breaks) {
        List<Token> tokens = segment.tokens();
        int[] clauses = new int[tokens.size()];
        int clause = 0;
        for (int i = 1; i < tokens.size(); i++) {
            String between = segment.text()
                    .substring(
                            tokens.get(i - 1).end() - segment.start(),
                            tokens.get(i).start() - segment.start());
            for (int c = 0; c < between.length(); c++) {
                if (breaks.indexOf(between.charAt(c)) >= 0) {
                    clause++;
                    break;
                }
            }
            clauses[i] = clause;
        }
        return clauses;
    }

    /**
     * Whether what is negated is the key point's subject: it, or a pronoun, stands just before the negation ("the
     * ViewModel does not survive" denies a point about the ViewModel, not one about SavedStateHandle).
     */
    private static boolean negatedSubject(Segment segment, int at, CompiledKeyPoint keyPoint) {
        List<Token> tokens = segment.tokens();
        int negation = -1;
        for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
            String word = tokens.get(i).lower();
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                negation = i;
                break;
            }
        }
        if (negation < 0) {
            return false;
        }
        for (int i = negation - 1; i >= Math.max(0, negation - 4); i--) {
            Token token = tokens.get(i);
            if (keyPoint.subject().contains(token.stem()) || PRONOUNS.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A negation with a condition of time or case ("does not kill it before it is ready") is not a denial. */
    private static boolean qualified(Segment segment, int at) {
        List<Token> tokens = segment.tokens();
        for (int i = at; i < Math.min(tokens.size(), at + 8); i++) {
            if (QUALIFIERS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence is about the key point's subject: it names the entity the point describes (when the
     * question contrasts several), or shares two more of the point's words than the term itself.
     */
    private static boolean aboutSubject(
            QuestionProfile profile, CompiledKeyPoint keyPoint, Set<String> stems, List<String> term) {
        for (Claim claim : profile.claims()) {
            if (claim.keyPoint().equals(keyPoint) && !stems.contains(claim.entity())) {
                return false;
            }
        }
        // a denial restates most of the point: "an inner join does not return only matching rows"
        int shared = 0;
        for (String stem : keyPoint.pointStems()) {
            if (stems.contains(stem)) {
                shared++;
            }
        }
        return shared >= 3 && shared >= 0.6 * keyPoint.pointStems().size();
    }

    private static Finding swapped(QuestionProfile profile, Segment segment, MeaningMatch meaning) {
        List<Claim> claims = profile.claims();
        if (claims.size() < 2) {
            return null;
        }
        List<Part> parts = Part.split(segment, profile.entities());
        if (parts.size() < 1) {
            return null;
        }
        for (Part part : parts) {
            Claim own = null;
            for (Claim claim : claims) {
                if (claim.entity().equals(part.entity())) {
                    own = claim;
                    break;
                }
            }
            if (own == null) {
                continue;
            }
            for (Claim other : claims) {
                if (other.entity().equals(part.entity())) {
                    continue;
                }
                // only the words that tell the two descriptions apart count
                Set<String> ownOnly = new HashSet<>(own.description());
                ownOnly.removeAll(other.description());
                Set<String> otherOnly = new HashSet<>(other.description());
                otherOnly.removeAll(own.description());
                int toOwn = overlap(part.stems(), ownOnly);
                int toOther = overlap(part.stems(), otherOnly);
                boolean lexical = toOther >= 2 && toOwn == 0;
                boolean semantic = false;
                if (!lexical && meaning != null && part.text().length() >= 12) {
                    double simOwn = meaning.similarity(part.text(), own.descriptionText());
                    double simOther = meaning.similarity(part.text(), other.descriptionText());
                    semantic = simOther >= 0.45 && simOther >= simOwn + SWAP_MARGIN;
                }
                if (lexical || semantic) {
                    return new Finding(
                            segment,
                            Kind.SWAPPED,
                            "says of " + part.surface() + " what is true of " + other.entitySurface(),
                            own.keyPoint().keyPoint().point(),
                            own.keyPoint());
                }
            }
        }
        return null;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String stem : a) {
            if (b.contains(stem)) {
                shared++;
            }
        }
        return shared;
    }

    /** Whether a negation stands within four words before token {@code at}, in the same clause. */
    static boolean negatedBefore(Segment segment, int at) {
        return negatedWithin(segment, at, 4);
    }

    /** Whether a negation stands within {@code words} words before token {@code at}, in the same clause. */
    static boolean negatedWithin(Segment segment, int at, int words) {
        List<Token> tokens = segment.tokens();
        for (int i = Math.max(0, at - words); i < at; i++) {
            String word = tokens.get(i).lower();
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                String between = segment.text()
                        .substring(
                                tokens.get(i).end() - segment.start(),
                                tokens.get(at).start() - segment.start());
                if (!between.matches("(?s).*[,;:(\\u2014].*|.*\\bbut\\b.*")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the stretch from four words before token {@code at} to a little past the phrase of {@code length} stems
     * holds a negation in the same clause: "are not heavier", "not really heavier".
     */
    static boolean negatedAround(Segment segment, int at, int length) {
        if (negatedBefore(segment, at)) {
            return true;
        }
        List<Token> tokens = segment.tokens();
        int end = Math.min(tokens.size(), at + length + 3);
        String first = tokens.get(at).lower();
        if (NEGATIONS.contains(first) || first.endsWith("n't")) {
            return true;
        }
        for (int i = at + 1; i < end; i++) {
            String word = tokens.get(i).lower();
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                String between = segment.text()
                        .substring(
                                tokens.get(at).end() - segment.start(),
                                tokens.get(i).start() - segment.start());
                if (!between.matches("(?s).*[,;:(\\u2014].*|.*\\bbut\\b.*")) {
                    return true;
                }
            }
        }
        return false;
    }

    static int negations(List<Token> tokens) {
        int count = 0;
        for (Token token : tokens) {
            if (NEGATIONS.contains(token.lower()) || token.lower().endsWith("n't")) {
                count++;
            }
        }
        return count % 2;
    }

    private static final Set<String> VERB_WORDS = Set.of(
            "is",
            "are",
            "was",
            "were",
            "can",
            "cannot",
            "can't",
            "will",
            "would",
            "should",
            "must",
            "does",
            "do",
            "doesn't",
            "don't",
            "has",
            "have",
            "keeps",
            "returns",
            "gives",
            "makes",
            "lets",
            "means",
            "runs",
            "uses",
            "decides",
            "checks",
            "verifies",
            "proves",
            "confirms",
            "asks",
            "stops",
            "handles",
            "removes",
            "restarts",
            "sends",
            "takes",
            "only",
            "always",
            "never",
            "just",
            "also");

    /** Whether the entity at {@code from} is the subject of a verb within the next three words, in its clause. */
    static boolean subjectOfVerb(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < Math.min(to, from + 4); i++) {
            String word = tokens.get(i).lower();
            if (VERB_WORDS.contains(word)
                    || dev.mocksy.internal.text.WordLists.isVerbStem(
                                    tokens.get(i).stem())
                            && i > from + 1
                    || word.endsWith("s") && i == from + 1 && word.length() > 3 && !word.endsWith("ss")) {
                return true;
            }
        }
        return false;
    }

    /** The stretch of a sentence about one entity of the question, from its first mention to the next entity's. */
    record Part(String entity, String surface, Set<String> stems, String text) {

        static List<Part> split(Segment segment, Set<String> entities) {
            List<Token> tokens = segment.tokens();
            int[] clauses = clauses(segment, ";:(\u2014");
            List<Integer> starts = new ArrayList<>();
            String current = null;
            for (int i = 0; i < tokens.size(); i++) {
                String stem = tokens.get(i).stem();
                if (entities.contains(stem) && !stem.equals(current)) {
                    starts.add(i);
                    current = stem;
                }
            }
            List<Part> parts = new ArrayList<>();
            for (int p = 0; p < starts.size(); p++) {
                int from = starts.get(p);
                int to = p + 1 < starts.size() ? starts.get(p + 1) : tokens.size();
                for (int i = from + 1; i < to; i++) {
                    if (clauses[i] != clauses[from]) {
                        to = i;
                        break;
                    }
                }
                if (!subjectOfVerb(tokens, from, to)) {
                    // "..., then SIGKILL, and PID 1 must...": a mention in a list, not a statement about it
                    continue;
                }
                String entity = tokens.get(from).stem();
                Set<String> stems = new HashSet<>();
                StringBuilder text = new StringBuilder();
                for (int i = from + 1; i < to; i++) {
                    Token token = tokens.get(i);
                    if (entities.contains(token.stem())) {
                        continue;
                    }
                    text.append(token.lower()).append(' ');
                    if (AnalyzedText.isContent(token)) {
                        stems.add(token.stem());
                    }
                }
                parts.add(new Part(
                        entity,
                        tokens.get(from).surface(),
                        stems,
                        text.toString().strip()));
            }
            return parts;
        }
    }
}
