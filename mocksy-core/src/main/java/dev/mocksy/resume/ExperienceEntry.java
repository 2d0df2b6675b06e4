package dev.mocksy.resume;

/**
 * One position on a resume.
 *
 * @param title the job title, or {@code null} when none was recognised
 * @param company the employer, or {@code null}
 * @param start the first month, {@code yyyy-MM}
 * @param end the last month, {@code yyyy-MM}, or {@code null} while the position is current
 * @param dates the dates as written, e.g. {@code "Sep. 2023 - Mar. 2024"}
 * @param months whole months the position covers (an ongoing one up to the extraction date)
 * @param internship whether it is an internship or student job (not counted in the years of experience)
 */
public record ExperienceEntry(
        String title, String company, String start, String end, String dates, int months, boolean internship) {

    public ExperienceEntry {
        if (start == null || !start.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("start must be yyyy-MM, got " + start);
        }
        if (end != null && !end.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("end must be yyyy-MM or null, got " + end);
        }
        if (months < 0) {
            throw new IllegalArgumentException("months must not be negative, got " + months);
        }
    }

    /** Whether the position is ongoing. */
    public boolean current() {
        return end == null;
    }
}
