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

    /** A builder for {@link ExperienceEntry}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ExperienceEntry}. */
    public static final class Builder {
        private String title;
        private String company;
        private String start;
        private String end;
        private String dates;
        private int months;
        private boolean internship;

        private Builder() {}

        private Builder(ExperienceEntry source) {
            title = source.title;
            company = source.company;
            start = source.start;
            end = source.end;
            dates = source.dates;
            months = source.months;
            internship = source.internship;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder company(String company) {
            this.company = company;
            return this;
        }

        public Builder start(String start) {
            this.start = start;
            return this;
        }

        public Builder end(String end) {
            this.end = end;
            return this;
        }

        public Builder dates(String dates) {
            this.dates = dates;
            return this;
        }

        public Builder months(int months) {
            this.months = months;
            return this;
        }

        public Builder internship(boolean internship) {
            this.internship = internship;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public ExperienceEntry build() {
            return new ExperienceEntry(title, company, start, end, dates, months, internship);
        }
    }
}
