package dev.mocksy.resume;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells whether the candidate is still studying: an expected graduation, or a degree that ends after today. */
final class StudyStatus {

    private static final Pattern EXPECTED = Pattern.compile(
            "(?i)\\b(?:(?:expected|anticipated|expected graduation|graduating|graduation expected|in progress"
                    + "|candidate for)\\b|exp\\.)[\\s:,(]{0,4}(?:in\\s+)?(?<date>(?:" + DateRangeParser.MONTH
                    + ")\\.?\\s*,?\\s*"
                    + "(?:19|20)\\d{2}|(?:spring|summer|fall|autumn|winter)\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2})(?![\\p{L}\\d])");
    private static final Pattern DEGREE_ENDS = Pattern.compile(
            "(?i)\\b(?:b\\.?s\\.?c?|b\\.?a|b\\.?eng|m\\.?s\\.?c?|m\\.?eng|ph\\.?d|bachelor|master|degree|diploma)\\b");

    private final DateRangeParser dates = new DateRangeParser();

    /** What shows the candidate is studying at {@code now}, or empty. */
    Optional<String> evidence(List<ResumeSection> sections, String fullText, YearMonth now) {
        Optional<String> educationSections = sections.stream()
                .filter(s -> s.kind() == SectionKind.EDUCATION)
                .map(ResumeSection::text)
                .reduce((a, b) -> a + "\n" + b);
        String education = educationSections.orElse(fullText);
        Matcher expected = EXPECTED.matcher(education);
        while (expected.find()) {
            String date = expected.group("date");
            List<DateRangeParser.Found> found = dates.find(date);
            YearMonth month;
            if (!found.isEmpty()) {
                month = found.get(0).start();
            } else if (date.matches("\\d{4}")) {
                month = YearMonth.of(Integer.parseInt(date), 6); // a bare year: graduation is usually mid-year
            } else {
                continue;
            }
            if (!month.isBefore(now)) {
                return Optional.of("still studying: '" + expected.group().replaceAll("\\s+", " ") + "'");
            }
        }
        if (educationSections.isEmpty()) {
            return Optional.empty(); // without an education section, an ongoing range is more likely a job
        }
        for (String line : education.split("\n")) {
            for (DateRangeParser.Found range : dates.find(line)) {
                boolean ongoing = range.end() == null || range.end().isAfter(now);
                boolean isRange = range.end() == null || !range.start().equals(range.end());
                if (ongoing && isRange && DEGREE_ENDS.matcher(line).find()) {
                    return Optional.of("still studying: '" + line.strip() + "'");
                }
            }
        }
        return Optional.empty();
    }
}
