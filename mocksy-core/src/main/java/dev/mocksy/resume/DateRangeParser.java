package dev.mocksy.resume;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds employment date ranges in a line of a resume, in the many ways people write them: {@code Jan 2020 - Present},
 * {@code 2019-2021}, {@code 03/2018 - 06/2019}, {@code Sep. 2023 - Mar. 2024}, {@code 2018-03 to 2019-06},
 * {@code Summer 2012}, {@code July 2019 until present}; the dash may be any dash, a soft hyphen or a stray control
 * character that a PDF's font mapped it to.
 *
 * <p>Conventions, so that totals are reproducible: a month is counted whole; a bare year counts from its middle
 * (2019-2021 is two years); a season is its three months.
 */
final class DateRangeParser {

    /** A month's name or its usual abbreviation, to be matched ignoring case. */
    static final String MONTH =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:"
                    + "(?<mon>" + MONTH + ")\\.?\\s*,?\\s*(?<monYear>(?:19|20)\\d{2}|['’]\\d{2})"
                    + "|(?<season>spring|summer|fall|autumn|winter)\\s+(?<seasonYear>(?:19|20)\\d{2})"
                    + "|(?<num>0?[1-9]|1[0-2])\\s*[/.]\\s*(?<numYear>(?:19|20)\\d{2})"
                    + "|(?<isoYear>(?:19|20)\\d{2})[-/.](?<isoMonth>0[1-9]|1[0-2])(?!\\d)"
                    + "|(?<year>(?:19|20)\\d{2}|['’]\\d{2})"
                    + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    /**
     * What stands between two dates of a range. Besides dashes and words, one character that is not a letter, digit or
     * space: PDFs from LaTeX templates give the dash as a soft hyphen (U+00AD) or as a raw font code (U+0015), and
     * other generators use figure dashes or minus signs.
     */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:-{1,2}|[\\p{Pd}\\u00AD\\u2212\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]{1,2}|~|→|->|to|until|till|through"
                    + "|thru|bis)\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PRESENT = Pattern.compile(
            "(?:present|current|currently|now|today|ongoing|to date|date|heute|aktuell|actualidad|presente|présent)"
                    + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /** A range found in text; {@code end} is {@code null} while it is ongoing. */
    record Found(YearMonth start, YearMonth end, int from, int to, String text) {

        /** Whole months covered, counting both ends, with an ongoing range ending in {@code now}. */
        int months(YearMonth now) {
            YearMonth last = end == null ? now : end;
            return (int) Math.max(0, start.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        }
    }

    private record Token(YearMonth first, YearMonth last, int from, int to, boolean yearOnly) {}

    /** Every range in the text, plus single seasons and single month-year dates standing alone. */
    List<Found> find(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            tokens.add(token(matcher));
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token start = tokens.get(i);
            String rest = text.substring(start.to());
            Matcher separator = SEPARATOR.matcher(rest);
            if (separator.lookingAt()) {
                String afterSeparator = rest.substring(separator.end());
                Matcher present = PRESENT.matcher(afterSeparator);
                if (present.lookingAt()) {
                    int to = start.to() + separator.end() + present.end();
                    found.add(new Found(start.first(), null, start.from(), to, text.substring(start.from(), to)));
                    continue;
                }
                if (i + 1 < tokens.size() && tokens.get(i + 1).from() == start.to() + separator.end()) {
                    Token end = tokens.get(i + 1);
                    YearMonth last = end.last();
                    if (last.isBefore(start.first())) {
                        last = start.first().plusMonths(5);
                    }
                    found.add(new Found(
                            start.first(), last, start.from(), end.to(), text.substring(start.from(), end.to())));
                    i++;
                    continue;
                }
            }
            if (!start.yearOnly()) {
                found.add(new Found(
                        start.first(),
                        start.last(),
                        start.from(),
                        start.to(),
                        text.substring(start.from(), start.to())));
            }
        }
        return found;
    }

    private static Token token(Matcher m) {
        if (m.group("mon") != null) {
            YearMonth month = YearMonth.of(year(m.group("monYear")), month(m.group("mon")));
            return new Token(month, month, m.start(), m.end(), false);
        }
        if (m.group("season") != null) {
            int year = year(m.group("seasonYear"));
            int first =
                    switch (m.group("season").toLowerCase(Locale.ROOT)) {
                        case "spring" -> 3;
                        case "summer" -> 6;
                        case "fall", "autumn" -> 9;
                        default -> 1;
                    };
            return new Token(YearMonth.of(year, first), YearMonth.of(year, first + 2), m.start(), m.end(), false);
        }
        if (m.group("num") != null) {
            YearMonth month = YearMonth.of(year(m.group("numYear")), Integer.parseInt(m.group("num")));
            return new Token(month, month, m.start(), m.end(), false);
        }
        if (m.group("isoYear") != null) {
            YearMonth month = YearMonth.of(year(m.group("isoYear")), Integer.parseInt(m.group("isoMonth")));
            return new Token(month, month, m.start(), m.end(), false);
        }
        int year = year(m.group("year"));
        // A bare year counts from its middle: "2019 - 2021" is two years, not one or three.
        return new Token(YearMonth.of(year, 7), YearMonth.of(year, 6), m.start(), m.end(), true);
    }

    private static int year(String text) {
        if (text.startsWith("'") || text.startsWith("’")) {
            int twoDigits = Integer.parseInt(text.substring(1));
            return twoDigits > 50 ? 1900 + twoDigits : 2000 + twoDigits;
        }
        return Integer.parseInt(text);
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (m) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
