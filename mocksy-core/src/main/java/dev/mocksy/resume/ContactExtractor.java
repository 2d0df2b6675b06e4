package dev.mocksy.resume;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the name, e-mail, phone, location and links in a resume's text, mostly in its header. */
final class ContactExtractor {

    /** The header (name, title, contact line) is almost always within the first lines. */
    private static final int HEADER_LINES = 10;

    static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}.\\-]+\\.[\\p{L}]{2,}", Pattern.UNICODE_CHARACTER_CLASS);
    /** A link that says it is one: a scheme, www, or a known profile host. */
    static final Pattern URL_EXPLICIT = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s,;|)>\\]]+"
            + "|\\b(?:linkedin\\.com|github\\.com|gitlab\\.com|bitbucket\\.org|stackoverflow\\.com|x\\.com|twitter\\.com"
            + "|medium\\.com|behance\\.net|dribbble\\.com)/[^\\s,;|)>\\]]+");
    /** Any link, including a bare personal domain such as {@code jane.dev}. */
    static final Pattern URL = Pattern.compile(URL_EXPLICIT.pattern()
            // Bare domains count only in lower case: "ASP.NET" and "Socket.IO" are technologies, not links.
            + "|(?-i)\\b[a-z0-9\\-]+\\.(?:dev|io|me|com|net|org|app|page|site|tech)(?:/[^\\s,;|)>\\]]*)?(?![\\w@])");
    /** A number with a country code or a (555) area code, anywhere in the text. */
    static final Pattern PHONE_MARKED = Pattern.compile(
            "(?<![\\w+])(?:\\+\\d{1,3}[\\s.\\-]?(?:\\(\\d{1,4}\\)[\\s.\\-]?)?|\\(\\d{2,4}\\)[\\s.\\-]?)\\d[\\d\\s.\\-]{5,16}\\d(?!\\d)");
    /** A North American style 555-123-4567 or 555.123.4567. */
    static final Pattern PHONE_NANP = Pattern.compile("(?<![\\w/])\\d{3}[.\\-]\\d{3}[.\\-]\\d{4}(?![\\w/])");
    /** Any run of digits with spaces and dashes, only trusted in the header or after a label. */
    static final Pattern PHONE_LOOSE = Pattern.compile("(?<![\\w/+])0\\d[\\d\\s.\\-]{6,14}\\d(?![\\w/])");

    private static final Pattern PHONE_LABEL =
            Pattern.compile("(?i)\\b(?:phone|tel|mobile|cell|telefon|téléphone|teléfono)\\b\\.?\\s*:?\\s*");
    private static final Pattern STREET = Pattern.compile(
            "(?i)\\b\\d{1,5}[a-z]?\\s+(?:[\\p{L}.'\\-]+\\s+){0,4}(?:street|st\\.|avenue|ave\\.?|road|rd\\.|lane|ln\\.|"
                    + "boulevard|blvd\\.?|drive|dr\\.|way|court|ct\\.|place|pl\\.|terrace|square)(?![\\p{L}])"
                    + "|(?i)\\b[\\p{L}\\-]+(?:straße|strasse|gasse|weg|allee|platz)\\s+\\d{1,4}[a-z]?\\b");
    private static final Pattern CITY =
            Pattern.compile("^(?:[\\p{Lu}][\\p{L}.'\\-]+(?:\\s[\\p{Lu}][\\p{L}.'\\-]+){0,2}),\\s?"
                    + "(?:[A-Z]{2}|[\\p{Lu}][\\p{L}.'\\-]+(?:\\s[\\p{Lu}][\\p{L}.'\\-]+){0,2})(?:\\s\\d{4,5})?$");
    private static final Pattern NAME =
            Pattern.compile("^[\\p{Lu}][\\p{L}'’.\\-]*(?:\\s+[\\p{Lu}][\\p{L}'’.\\-]*){1,3}$");
    private static final Pattern LOCATION_LABEL =
            Pattern.compile("(?i)^(?:location|address|based in|lives in)\\s*:?\\s*");
    private static final Set<String> NOT_NAMES = Set.of(
            "curriculum vitae", "resume", "résumé", "cv", "contact", "contact details", "personal details", "profile");

    ContactDetails extract(String text) {
        String[] lines = text.split("\n");
        String email = first(EMAIL, text);
        List<String> links = new ArrayList<>();
        Matcher url = URL.matcher(text);
        Set<String> seen = new LinkedHashSet<>();
        while (url.find()) {
            String link = trimPunctuation(url.group());
            if (email != null && email.toLowerCase(Locale.ROOT).contains(link.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!link.contains("@") && seen.add(link)) {
                links.add(link);
            }
        }
        String phone = findPhone(text, header(lines));
        return new ContactDetails(findName(lines), email, phone, findLocation(lines), links);
    }

    private static String header(String[] lines) {
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < Math.min(HEADER_LINES, lines.length); i++) {
            header.append(lines[i]).append('\n');
        }
        return header.toString();
    }

    private static String findPhone(String text, String header) {
        Matcher labelled = PHONE_LABEL.matcher(text);
        while (labelled.find()) {
            String rest = text.substring(labelled.end(), Math.min(text.length(), labelled.end() + 30));
            Matcher digits =
                    Pattern.compile("^\\+?[\\d(][\\d\\s().\\-]{6,20}\\d").matcher(rest);
            if (digits.find() && countDigits(digits.group()) >= 7) {
                return digits.group().strip();
            }
        }
        for (Pattern pattern : List.of(PHONE_MARKED, PHONE_NANP)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (countDigits(m.group()) >= 8) {
                    return m.group().strip();
                }
            }
        }
        Matcher loose = PHONE_LOOSE.matcher(header);
        while (loose.find()) {
            if (countDigits(loose.group()) >= 9) {
                return loose.group().strip();
            }
        }
        return null;
    }

    private static String findName(String[] lines) {
        for (int i = 0; i < Math.min(5, lines.length); i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || NOT_NAMES.contains(line.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String candidate = line.split("\\s+[|•·,–—]\\s+|\\t")[0].strip();
            if (NAME.matcher(candidate).matches()
                    && SectionSplitter.headingKind(candidate).isEmpty()
                    && SkillTaxonomy.standard().mentions(candidate).isEmpty()) {
                return candidate;
            }
            if (isAllCapsName(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isAllCapsName(String candidate) {
        String[] words = candidate.split("\\s+");
        return words.length >= 2
                && words.length <= 4
                && candidate.matches("[\\p{Lu}'’.\\-\\s]+")
                && SectionSplitter.headingKind(candidate).isEmpty();
    }

    private static String findLocation(String[] lines) {
        for (int i = 0; i < Math.min(HEADER_LINES, lines.length); i++) {
            for (String part : lines[i].split("\\s*[|•·]\\s*|\\t|\\s{3,}")) {
                String segment = LOCATION_LABEL.matcher(part.strip()).replaceFirst("");
                Matcher street = STREET.matcher(segment);
                if (street.find()) {
                    return segment.strip();
                }
                if (!segment.contains("@")
                        && CITY.matcher(segment).matches()
                        && DATE_FREE.matcher(segment).matches()) {
                    return segment.strip();
                }
            }
        }
        return null;
    }

    private static final Pattern DATE_FREE = Pattern.compile("^[^0-9]*(?:\\d{4,5})?$");

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }

    private static String trimPunctuation(String link) {
        return link.replaceAll("[.,;:)]+$", "");
    }

    private static int countDigits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }

    static Pattern street() {
        return STREET;
    }
}
