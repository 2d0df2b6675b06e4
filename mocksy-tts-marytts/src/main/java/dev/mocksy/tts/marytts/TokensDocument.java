package dev.mocksy.tts.marytts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One sentence as a MaryXML document of type {@code TOKENS}: MaryTTS's own tokeniser needs a library that is not on
 * Maven Central, so Mocksy splits the text into tokens itself and MaryTTS goes on from there (numbers, abbreviations,
 * pronunciation, prosody, the voice). Code is made speakable on the way: {@code HashMap.get} becomes "Hash Map dot get".
 */
final class TokensDocument {

    static final String NAMESPACE = "http://mary.dfki.de/2002/MaryXML";

    /** A number (with separators or a decimal point), a word with inner apostrophes or dots, or any one other mark. */
    private static final Pattern TOKEN =
            Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}\\p{M}\\d]+(?:['’.][\\p{L}\\p{M}\\d]+)*\\.?|\\S");

    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("=", "equals"),
            Map.entry("+", "plus"),
            Map.entry("*", "times"),
            Map.entry("/", "slash"),
            Map.entry("<", "less than"),
            Map.entry(">", "greater than"),
            Map.entry("&", "and"),
            Map.entry("|", "or"),
            Map.entry("#", "hash"),
            Map.entry("@", "at"),
            Map.entry("%", "percent"),
            Map.entry("$", "dollar"),
            Map.entry("~", "tilde"),
            Map.entry("^", "caret"));
    private static final String PUNCTUATION = ".,?!;:()\"'";

    private TokensDocument() {}

    /** The tokens of one sentence as MaryTTS reads them. */
    static List<String> tokens(String sentence) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(sentence);
        while (matcher.find()) {
            String token = matcher.group();
            if (token.length() == 1 && PUNCTUATION.indexOf(token.charAt(0)) >= 0) {
                tokens.add(token);
            } else if (SYMBOLS.containsKey(token)) {
                tokens.addAll(List.of(SYMBOLS.get(token).split(" ")));
            } else if (token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0))) {
                // brackets, backticks and the like are not spoken
            } else {
                addWord(token, tokens);
            }
        }
        return tokens;
    }

    private static void addWord(String token, List<String> tokens) {
        boolean sentenceDot = token.endsWith(".") && token.indexOf('.') == token.length() - 1 && token.length() > 1;
        String word = sentenceDot ? token.substring(0, token.length() - 1) : token;
        // a dot between two words of code (map.get, java.util) is said; one in "e.g." or "3.5" is MaryTTS's to read
        if (word.matches("[\\p{L}_]{2,}(?:\\.[\\p{L}_]{2,})+")) {
            String[] parts = word.split("\\.");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    tokens.add("dot");
                }
                splitCamel(parts[i], tokens);
            }
        } else if (word.matches("\\p{L}+")) {
            splitCamel(word, tokens);
        } else {
            tokens.add(word);
        }
        if (sentenceDot) {
            tokens.add(".");
        }
    }

    private static void splitCamel(String word, List<String> tokens) {
        for (String part : CAMEL.split(word.replace('_', ' '))) {
            for (String piece : part.split(" ")) {
                if (!piece.isEmpty()) {
                    tokens.add(piece);
                }
            }
        }
    }

    /** The MaryXML {@code TOKENS} document of one sentence at the normal rate. */
    static Document of(String sentence) {
        return of(sentence, 1.0);
    }

    /**
     * The MaryXML {@code TOKENS} document of one sentence; a {@code durationScale} above 1 wraps it in a
     * {@code <prosody rate>} that slows it down (MaryTTS's audio-effect route to the same end has no effect on HMM
     * voices).
     */
    static Document of(String sentence, double durationScale) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser is configured", e);
        }
        Element root = document.createElementNS(NAMESPACE, "maryxml");
        // declared as an attribute too: MaryTTS serialises the document between modules and parses it back
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NAMESPACE);
        root.setAttribute("version", "0.5");
        root.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "en-US");
        document.appendChild(root);
        Element paragraph = document.createElementNS(NAMESPACE, "p");
        root.appendChild(paragraph);
        Element sentenceElement = document.createElementNS(NAMESPACE, "s");
        paragraph.appendChild(sentenceElement);
        Element parent = sentenceElement;
        if (durationScale != 1.0) {
            parent = document.createElementNS(NAMESPACE, "prosody");
            parent.setAttribute("rate", Math.round(100 / durationScale) + "%");
            sentenceElement.appendChild(parent);
        }
        for (String token : tokens(sentence)) {
            Element t = document.createElementNS(NAMESPACE, "t");
            t.setTextContent(token);
            parent.appendChild(t);
        }
        return document;
    }
}
