package dev.mocksy.resume;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds positions (title, company, dates) in a resume and totals the years they cover. */
final class ExperienceExtractor {

    static final Pattern TITLE_WORDS = Pattern.compile(
            "(?i)\\b(?:engineer|engineering|developer|programmer|architect|manager|lead|head of|director|scientist"
                    + "|analyst|intern|internship|consultant|designer|administrator|specialist|officer|cto|ceo"
                    + "|founder|co-founder|researcher|sre|devops|tester|qa|technician|trainee|apprentice|student"
                    + "|assistant|associate|fellow|teacher|tutor|instructor|freelancer?|contractor|coordinator"
                    + "|vp|principal|staff|entwickler|ingenieur|développeur|desarrollador|werkstudent|praktikant"
                    + "|nurse|pharmacist|accountant|paramedic|clerk|cashier|supervisor|representative|treasurer|president"
                    + "|secretary|captain|volunteer|mentor|organi[sz]er|chair(?:person)?)\\b");
    /** Internships proper: the time shown apart in a profile. */
    static final Pattern INTERNSHIP_PROPER = Pattern.compile(
            "(?i)\\b(?:intern|internship|trainee|apprentice|apprenticeship|working student|co-op|werkstudent|praktikum"
                    + "|praktikant|stagiaire|summer analyst)\\b");
    /** Internships and the jobs students hold at their university (lab, teaching and research assistants). */
    static final Pattern INTERNSHIP = Pattern.compile(INTERNSHIP_PROPER.pattern()
            + "|(?i)\\b(?:student assistant|student|undergraduate|(?:lab|laboratory|teaching|research|graduate) assistant"
            + "|peer tutor|resident assistant)\\b");
    /** A role in a club or society: student life, not a job. */
    private static final Pattern CLUB_ROLE = Pattern.compile(
            "(?i)\\b(?:treasurer|president|vice president|secretary|captain|volunteer|organi[sz]er|chair|member)\\b");

    private static final Pattern CLUB = Pattern.compile(
            "(?i)\\b(?:club|society|association|chapter|council|hackathon|student union|students'? union|team)\\b");
    /** A bullet: any symbol or private-use glyph (Word's Symbol-font bullets) followed by a space, or a number. */
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[\\p{So}\\p{Co}•\\-*▪◦●‣–—>·]|\\d+[.)])\\s+");

    private static final Pattern AT = Pattern.compile("\\s+(?:at|@|chez|bei|en)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:\\||·|•|–|—|\\s-\\s|\\t|\\s{3,})\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern EDGE = Pattern.compile(
            "^[\\s|,·•:;()\\[\\]\\-–—\\p{Cc}\\p{Cf}\\p{So}\\p{Co}]+|[\\s|,·•:;()\\[\\]\\-–—\\p{Cc}\\p{Cf}\\p{So}\\p{Co}]+$");
    private static final Pattern LOCATION_ONLY = Pattern.compile(
            "^(?:remote|hybrid|on-?site|[\\p{Lu}][\\p{L}.'\\-]+(?:\\s[\\p{Lu}][\\p{L}.'\\-]+)?,\\s?"
                    + "(?:[A-Z]{2}|[\\p{Lu}][\\p{L}.'\\-]+(?:\\s[\\p{Lu}][\\p{L}.'\\-]+)?))(?:\\s*\\((?:remote|hybrid)\\))?$");

    /** A date cut by a line wrap ("March" / "2022 - Present", "2019 -" / "2021") is joined back. */
    private static final Pattern WRAPPED_DATE = Pattern.compile(
            "(?i)(\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|\\s[-–—\\u00AD\\x15]|\\bto|\\buntil)"
                    + "[ \\t]*\\n[ \\t]*"
                    + "(?=(?:19|20)\\d{2}|['’]\\d{2}|present\\b|current\\b|now\\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
                    + "|oct|nov|dec)[a-z]*\\.?\\s*(?:19|20)\\d{2})");

    private static final String MONTH_YEAR = "(?:" + DateRangeParser.MONTH + ")\\.?\\s*,?\\s*(?:19|20)\\d{2}";
    private static final String RANGE_END = "(?:" + MONTH_YEAR + "|\\d{1,2}/(?:19|20)\\d{2}|(?:19|20)\\d{2}"
            + "|present\\b|current\\b|now\\b|today\\b)";

    /**
     * Dates stacked in a narrow column, one end per line: "Apr 2020" / "Present", "Jan 2016" / "– Mar 2020",
     * "Sep 2013" / "—" / "Dec 2015". Only a line holding nothing but a date starts such a range.
     */
    private static final Pattern STACKED_DATES = Pattern.compile("(?im)^([ \\t]*(?:" + MONTH_YEAR
            + "|\\d{1,2}/(?:19|20)\\d{2}|(?:19|20)\\d{2}))[ \\t]*\\n[ \\t]*(?:[-–—\\u00AD\\u2212\\x15][ \\t]*(?:\\n[ \\t]*)?)?"
            + "(?=" + RANGE_END + ")");

    /** A dash that reached the text as a control or format character, shown as an en dash. */
    private static final Pattern SEPARATOR_GLYPH = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

    /** No position starts longer ago than this: the profile's years stay within a working life. */
    private static final int MAX_CAREER_YEARS = 60;

    private final DateRangeParser dates = new DateRangeParser();

    /**
     * Positions in resume order, ongoing ones measured up to {@code now} (the document's date); none starts more than
     * sixty years before {@code today}. For a candidate still {@code studying}, club and society roles count as
     * student life, not work.
     */
    List<ExperienceEntry> extract(
            List<ResumeSection> sections, String fullText, YearMonth now, YearMonth today, boolean studying) {
        StringBuilder experience = new StringBuilder();
        for (ResumeSection section : sections) {
            if (section.kind() == SectionKind.EXPERIENCE) {
                experience.append(section.text()).append("\n\n");
            }
        }
        boolean fromSection = experience.length() > 0;
        String joined = STACKED_DATES
                .matcher(fromSection ? experience.toString() : fullText)
                .replaceAll("$1 – ");
        String text = WRAPPED_DATE.matcher(joined).replaceAll("$1 ");
        String[] lines = text.split("\n", -1);
        List<ExperienceEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            List<DateRangeParser.Found> found = dates.find(lines[i]);
            if (found.isEmpty()) {
                continue;
            }
            DateRangeParser.Found range = found.get(0);
            if (range.start().isBefore(today.minusYears(MAX_CAREER_YEARS))) {
                continue; // "1901 - Present" is a typo or a founding year, not sixty years of one career
            }
            List<String> candidates = new ArrayList<>();
            List<String> placeLike = new ArrayList<>();
            String remainder = lines[i].substring(0, range.from()) + " | " + lines[i].substring(range.to());
            addParts(candidates, placeLike, remainder.strip());
            for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
                if (!contextLine(lines[j])) {
                    break;
                }
                addParts(candidates, placeLike, lines[j].strip());
            }
            for (int j = i + 1; j <= Math.min(lines.length - 1, i + 2); j++) {
                if (!contextLine(lines[j])) {
                    break;
                }
                addParts(candidates, placeLike, lines[j].strip());
            }
            // "Kestrel Labs, Leeds" looks like "San Francisco, CA": such parts are only used when nothing else names
            // the employer.
            placeLike.stream().filter(c -> !candidates.contains(c)).forEach(candidates::add);
            String title = candidates.stream()
                    .filter(c -> TITLE_WORDS.matcher(c).find())
                    .findFirst()
                    .orElse(null);
            if (title == null && !fromSection) {
                continue; // outside an experience section, a date without a job title is a degree or an award
            }
            String company = candidates.stream()
                    .filter(c -> !c.equals(title) && !isLocation(c))
                    .filter(c -> !TITLE_WORDS.matcher(c).find() || title == null)
                    .findFirst()
                    .orElse(null);
            if (title != null) {
                Matcher at = AT.matcher(title);
                if (at.find() && company == null) {
                    company = title.substring(at.end()).strip();
                }
            }
            String cleanTitle = title == null ? null : AT.split(title)[0].strip();
            boolean clubRole = cleanTitle != null
                    && CLUB_ROLE.matcher(cleanTitle).find()
                    && (CLUB.matcher(String.valueOf(company)).find() || studying);
            boolean internship = clubRole
                    || (cleanTitle != null && INTERNSHIP.matcher(cleanTitle).find())
                    || (cleanTitle == null && INTERNSHIP.matcher(lines[i]).find());
            entries.add(new ExperienceEntry(
                    cleanTitle,
                    company,
                    range.start().toString(),
                    range.end() == null ? null : range.end().toString(),
                    SEPARATOR_GLYPH.matcher(range.text().strip()).replaceAll("–"),
                    range.months(now),
                    internship));
        }
        return List.copyOf(entries);
    }

    /** Total years of the non-internship positions, each month counted once however many jobs overlap it. */
    static Double totalYears(List<ExperienceEntry> entries, YearMonth now) {
        if (entries.isEmpty()) {
            return null;
        }
        List<long[]> spans = new ArrayList<>();
        for (ExperienceEntry entry : entries) {
            if (entry.internship()) {
                continue;
            }
            long start = YearMonth.parse(entry.start()).getYear() * 12L
                    + YearMonth.parse(entry.start()).getMonthValue();
            // Time after the document's date is not experience yet, whatever end date a position gives.
            YearMonth last = entry.end() == null || YearMonth.parse(entry.end()).isAfter(now)
                    ? now
                    : YearMonth.parse(entry.end());
            long end = last.getYear() * 12L + last.getMonthValue() + 1;
            if (end > start) {
                spans.add(new long[] {start, end});
            }
        }
        spans.sort(Comparator.comparingLong(s -> s[0]));
        long months = 0;
        long coveredUntil = Long.MIN_VALUE;
        for (long[] span : spans) {
            long from = Math.max(span[0], coveredUntil);
            if (span[1] > from) {
                months += span[1] - from;
            }
            coveredUntil = Math.max(coveredUntil, span[1]);
        }
        return Math.round(months / 12.0 * 10) / 10.0;
    }

    /** Years of internships proper (not student jobs or club roles), each month counted once, or null with none. */
    static Double internshipYears(List<ExperienceEntry> entries, YearMonth now) {
        List<ExperienceEntry> internships = entries.stream()
                .filter(e -> e.internship()
                        && e.title() != null
                        && INTERNSHIP_PROPER.matcher(e.title()).find())
                .map(e -> e.toBuilder().internship(false).build())
                .toList();
        return internships.isEmpty() ? null : totalYears(internships, now);
    }

    private static boolean contextLine(String line) {
        String stripped = line.strip();
        // A line that starts in lower case continues a wrapped sentence (a bullet whose glyph was lost), it does not
        // name a title or an employer.
        return !stripped.isEmpty()
                && !Character.isLowerCase(stripped.codePointAt(0))
                && !BULLET.matcher(line).find()
                && stripped.length() <= 90
                && !stripped.endsWith(".")
                && SectionSplitter.headingKind(stripped).isEmpty();
    }

    private static void addParts(List<String> candidates, List<String> placeLike, String text) {
        if (text.isEmpty()) {
            return;
        }
        Matcher at = AT.matcher(text);
        if (at.find() && TITLE_WORDS.matcher(text.substring(0, at.start())).find()) {
            candidates.add(text.substring(0, at.start()).strip());
            addParts(candidates, placeLike, text.substring(at.end()));
            return;
        }
        for (String part : SPLIT.split(text)) {
            String cleaned = clean(part);
            if (cleaned.isEmpty()) {
                continue;
            }
            if (isLocation(cleaned)) {
                placeLike.add(clean(COMMA.split(cleaned)[0]));
                continue;
            }
            for (String piece : COMMA.split(cleaned)) {
                String item = clean(piece);
                if (!item.isEmpty() && item.length() <= 80 && !candidates.contains(item)) {
                    candidates.add(item);
                }
            }
        }
    }

    private static boolean isLocation(String text) {
        return LOCATION_ONLY.matcher(text).matches()
                && !TITLE_WORDS.matcher(text).find();
    }

    private static String clean(String text) {
        return EDGE.matcher(text.replaceAll("\\s+", " ")).replaceAll("").strip();
    }
}
