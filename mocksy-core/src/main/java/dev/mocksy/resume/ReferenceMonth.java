package dev.mocksy.resume;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides the month "Present" stands for: a resume is read months or years after it was written, and measuring its
 * ongoing positions to today would add that time to the candidate's experience.
 *
 * <p>A dated line in the text wins ("Updated October 2026", "Last revised: 03/2025"), then the file's creation date,
 * then today. A date is used only when it is plausible: not after today and not before the latest month the resume
 * itself names (a template's old creation date would otherwise end every position early).
 */
final class ReferenceMonth {

    private static final Pattern DATED_LINE = Pattern.compile(
            "(?im)^[^\\n]{0,40}?\\b(?:last\\s+updated|updated|last\\s+revised|revised|as\\s+of|current\\s+as\\s+of"
                    + "|stand|date)\\b\\s*:?\\s*(?<date>[^\\n]{4,24})$");

    private final DateRangeParser dates = new DateRangeParser();

    AsOf resolve(String text, LocalDate created, List<ExperienceEntry> positions, YearMonth today) {
        YearMonth latestNamed = positions.stream()
                .flatMap(p -> p.end() == null ? Stream.of(p.start()) : Stream.of(p.start(), p.end()))
                .map(YearMonth::parse)
                .max(YearMonth::compareTo)
                .orElse(null);
        Matcher line = DATED_LINE.matcher(text);
        AsOf fromText = null;
        while (line.find()) {
            List<DateRangeParser.Found> found = dates.find(line.group("date"));
            if (found.size() == 1
                    && found.get(0).end() != null
                    && found.get(0).start().equals(found.get(0).end())) {
                YearMonth month = found.get(0).start();
                if (plausible(month, latestNamed, today)) {
                    fromText = new AsOf(
                            month.toString(),
                            AsOf.Source.DOCUMENT_TEXT,
                            line.group().strip());
                }
            }
        }
        if (fromText != null) {
            return fromText; // the last dated line: a footer, after any dated heading
        }
        if (created != null) {
            YearMonth month = YearMonth.from(created);
            if (plausible(month, latestNamed, today)) {
                return new AsOf(month.toString(), AsOf.Source.DOCUMENT_METADATA, "the file's creation date " + created);
            }
        }
        return new AsOf(today.toString(), AsOf.Source.TODAY, "the document gives no usable date of its own");
    }

    private static boolean plausible(YearMonth month, YearMonth latestNamed, YearMonth today) {
        return !month.isAfter(today) && (latestNamed == null || !month.isBefore(latestNamed));
    }
}
