package dev.mocksy.internal.text;

import java.util.Map;

/**
 * A light English stemmer: strips common inflections and a few derivations so that related forms of a word meet.
 *
 * <p>What it handles, in order:
 *
 * <ol>
 *   <li>a small table of irregular verb forms interviews are full of ({@code led, built, wrote, ran, chose...}) and
 *       irregular plurals ({@code indices, children, data});
 *   <li>possessives ({@code team's}); plurals ({@code queries -> query}, {@code indexes -> index},
 *       {@code caches -> cache}, {@code services -> service}); but not {@code -ss}, {@code -us}, {@code -is};
 *   <li>{@code -ied}, {@code -ed}, {@code -ing} when a vowel is left ({@code queried -> query},
 *       {@code indexing -> index});
 *   <li>British {@code -ise} forms become {@code -ize} ({@code normalised -> normalized});
 *   <li>derivations: {@code -ization/-isation -> ize}, {@code -ational/-ation -> ate}, {@code -ise -> ize} (British
 *       spelling), {@code -ability -> able}, {@code -able/-ible}, {@code -ment}, {@code -ness}, {@code -ful},
 *       {@code -ly};
 *   <li>finally a trailing {@code e} and a doubled final consonant other than {@code l, s, z} are dropped, so
 *       {@code cache/caching}, {@code scale/scaling/scalable}, {@code stop/stopped}, {@code run/running} meet.
 * </ol>
 *
 * <p>What it does not handle: prefixes ({@code un-, re-}), agent nouns ({@code -er/-or}, so {@code server} and
 * {@code serve} stay apart on purpose), {@code -ity, -ive, -al, -ous}, irregular forms beyond its table, words that
 * only look plural ({@code news} meets {@code new}), and words of other languages. Stems are not words ({@code cache -> cach}): compare stems with stems only. Every suffix rule
 * keeps at least three characters, which keeps short words ({@code use, bus, is}) stable.
 */
public final class EnglishStemmer {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("led", "lead"),
            Map.entry("built", "build"),
            Map.entry("wrote", "write"),
            Map.entry("written", "write"),
            Map.entry("ran", "run"),
            Map.entry("chose", "choose"),
            Map.entry("chosen", "choose"),
            Map.entry("made", "make"),
            Map.entry("took", "take"),
            Map.entry("taken", "take"),
            Map.entry("did", "do"),
            Map.entry("done", "do"),
            Map.entry("does", "do"),
            Map.entry("went", "go"),
            Map.entry("gone", "go"),
            Map.entry("found", "find"),
            Map.entry("got", "get"),
            Map.entry("gotten", "get"),
            Map.entry("kept", "keep"),
            Map.entry("thought", "think"),
            Map.entry("brought", "bring"),
            Map.entry("spent", "spend"),
            Map.entry("sent", "send"),
            Map.entry("grew", "grow"),
            Map.entry("grown", "grow"),
            Map.entry("began", "begin"),
            Map.entry("begun", "begin"),
            Map.entry("knew", "know"),
            Map.entry("known", "know"),
            Map.entry("said", "say"),
            Map.entry("met", "meet"),
            Map.entry("taught", "teach"),
            Map.entry("caught", "catch"),
            Map.entry("held", "hold"),
            Map.entry("lost", "lose"),
            Map.entry("paid", "pay"),
            Map.entry("told", "tell"),
            Map.entry("felt", "feel"),
            Map.entry("left", "leave"),
            Map.entry("understood", "understand"),
            Map.entry("rewrote", "rewrite"),
            Map.entry("rewritten", "rewrite"),
            Map.entry("fell", "fall"),
            Map.entry("drove", "drive"),
            Map.entry("driven", "drive"),
            Map.entry("gave", "give"),
            Map.entry("given", "give"),
            Map.entry("saw", "see"),
            Map.entry("seen", "see"),
            Map.entry("shown", "show"),
            Map.entry("rose", "rise"),
            Map.entry("risen", "rise"),
            Map.entry("used", "use"),
            Map.entry("using", "use"),
            Map.entry("doing", "do"),
            Map.entry("being", "be"),
            Map.entry("having", "have"),
            Map.entry("indices", "index"),
            Map.entry("children", "child"),
            Map.entry("people", "person"),
            Map.entry("data", "data"),
            Map.entry("analyses", "analysis"),
            Map.entry("was", "be"),
            Map.entry("were", "be"),
            Map.entry("is", "be"),
            Map.entry("are", "be"),
            Map.entry("been", "be"),
            Map.entry("has", "have"),
            Map.entry("had", "have"));

    private EnglishStemmer() {}

    /** The stem of a normalised (lower-case) word; numbers and words under four letters come back unchanged. */
    public static String stem(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return finish(irregular);
        }
        if (word.length() < 4 || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        String w = word;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s'")) {
            w = w.substring(0, w.length() - 1);
        }
        w = britishIse(w);
        w = plural(w);
        w = pastAndGerund(w);
        w = derivation(w);
        return finish(w);
    }

    /** normalised, normalising, normalises: the British -is- forms become -iz- before other rules run. */
    private static String britishIse(String w) {
        if (w.length() <= 6) {
            return w;
        }
        for (String suffix : new String[] {"ised", "ising", "ises", "iser", "isers"}) {
            if (w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length()) + "iz" + suffix.substring(2);
            }
        }
        return w;
    }

    private static String plural(String w) {
        if (w.endsWith("sses")) {
            return cut(w, 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return cut(w, 3) + "y";
        }
        if (w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zes")) {
            return w.length() > 4 ? cut(w, 2) : w;
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            return cut(w, 1);
        }
        return w;
    }

    private static String pastAndGerund(String w) {
        if (w.endsWith("ied") && w.length() > 4) {
            return cut(w, 3) + "y";
        }
        if (w.endsWith("eed")) {
            return w;
        }
        if (w.endsWith("ed") && hasVowel(w, w.length() - 2) && w.length() - 2 >= 3) {
            return cut(w, 2);
        }
        if (w.endsWith("ing") && hasVowel(w, w.length() - 3) && w.length() - 3 >= 3) {
            return cut(w, 3);
        }
        return w;
    }

    private static String derivation(String w) {
        if (w.endsWith("ization") || w.endsWith("isation")) {
            return keep(w, 7, "ize");
        }
        if (w.endsWith("ational")) {
            return keep(w, 7, "ate");
        }
        if (w.endsWith("ation")) {
            return keep(w, 5, "ate");
        }
        if (w.endsWith("ability")) {
            return keep(w, 7, "");
        }
        if (w.endsWith("ibility")) {
            return keep(w, 7, "");
        }
        if (w.endsWith("able") || w.endsWith("ible")) {
            return keep(w, 4, "");
        }
        if (w.endsWith("ment")) {
            return keep(w, 4, "");
        }
        if (w.endsWith("ness")) {
            return keep(w, 4, "");
        }
        if (w.endsWith("fully")) {
            return keep(w, 5, "");
        }
        if (w.endsWith("ful")) {
            return keep(w, 3, "");
        }
        if (w.endsWith("ly") && w.length() - 2 >= 4) {
            return cut(w, 2);
        }
        if (w.endsWith("ise") && w.length() > 5) {
            return cut(w, 3) + "ize";
        }
        return w;
    }

    /** Drops a trailing e and undoubles a final consonant, so the forms reached by different rules meet. */
    private static String finish(String w) {
        String s = w;
        if (s.length() >= 4 && s.endsWith("e")) {
            s = cut(s, 1);
        }
        int n = s.length();
        if (n >= 4) {
            char last = s.charAt(n - 1);
            if (last == s.charAt(n - 2) && isConsonant(last) && last != 'l' && last != 's' && last != 'z') {
                s = cut(s, 1);
            }
        }
        return s;
    }

    private static String keep(String w, int suffix, String replacement) {
        return w.length() - suffix >= 3 ? cut(w, suffix) + replacement : w;
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiouy".indexOf(c) < 0;
    }
}
