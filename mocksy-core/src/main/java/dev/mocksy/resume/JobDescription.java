package dev.mocksy.resume;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job description read into what an interview can aim at.
 *
 * <pre>{@code
 * JobDescription job = JobDescription.parse(pastedText);
 * job.requiredSkills();   // [Java, Kubernetes, PostgreSQL]
 * }</pre>
 *
 * @param title the first line, usually the job title, or {@code null}
 * @param requiredSkills skills the job requires, in order of mention
 * @param preferredSkills skills that are a plus, in order of mention
 * @param seniority the level asked for, or {@code null} when the text does not say
 * @param minimumYears the fewest years of experience asked for, or {@code null}
 * @param responsibilities what the job holder will do, one item per bullet
 * @param jobFamilies the kinds of work the job is, most likely first
 */
public record JobDescription(
        String title,
        List<Skill> requiredSkills,
        List<Skill> preferredSkills,
        Seniority seniority,
        Integer minimumYears,
        List<String> responsibilities,
        List<JobFamily> jobFamilies) {

    private enum Part {
        NONE,
        REQUIRED,
        PREFERRED,
        RESPONSIBILITIES,
        OTHER
    }

    private static final Map<Part, Pattern> HEADINGS = Map.of(
            Part.REQUIRED,
                    Pattern.compile(
                            "(?i)^(?:requirements|required|what you(?:'|’)ll need|what you need|what we(?:'|’)re"
                                    + " looking for|what we are looking for|must[- ]haves?|(?:required |minimum |basic )?"
                                    + "qualifications|you have|about you|who you are|required skills|skills|your profile"
                                    + "|your skills|we expect)\\b.{0,20}$"),
            Part.PREFERRED,
                    Pattern.compile(
                            "(?i)^(?:nice[- ]to[- ]haves?|preferred(?: qualifications| skills)?|bonus(?: points)?"
                                    + "|pluses|it(?:'|’)s a plus|good to have|extra credit|even better if)\\b.{0,20}$"),
            Part.RESPONSIBILITIES,
                    Pattern.compile("(?i)^(?:(?:key )?responsibilities|what you(?:'|’)ll do|what you will do|the role"
                            + "|your role|your tasks|duties|in this role(?: you will)?|day[- ]to[- ]day|your mission"
                            + "|what you(?:'|’)ll be doing)\\b.{0,20}$"),
            Part.OTHER,
                    Pattern.compile("(?i)^(?:about us|about the company|benefits|what we offer|perks|why join us"
                            + "|how to apply|our stack|compensation|location)\\b.{0,20}$"));
    private static final Pattern PREFERRED_MARKER = Pattern.compile(
            "(?i)nice[- ]to[- ]have|\\bis a plus\\b|\\ba plus\\b|\\bbonus\\b|\\bpreferred\\b|\\bideally\\b"
                    + "|\\bnot required\\b|\\bfamiliarity\\b|\\bany of\\b");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•\\-*▪◦●‣–>]|\\d+[.)])\\s+");
    private static final Pattern YEARS = Pattern.compile("(?i)(\\d{1,2})\\s*\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?years?");
    private static final Pattern LEAD = Pattern.compile("(?i)\\b(?:lead|principal|staff|head of|manager)\\b");
    private static final Pattern SENIOR = Pattern.compile("(?i)\\b(?:senior|sr\\.?)(?![\\p{L}])");
    private static final Pattern JUNIOR =
            Pattern.compile("(?i)\\b(?:junior|jr\\.?|graduate|entry[- ]level)(?![\\p{L}])");
    private static final Pattern INTERN = Pattern.compile("(?i)\\b(?:intern|internship|working student)\\b");

    public JobDescription {
        requiredSkills = List.copyOf(requiredSkills == null ? List.of() : requiredSkills);
        preferredSkills = List.copyOf(preferredSkills == null ? List.of() : preferredSkills);
        responsibilities = List.copyOf(responsibilities == null ? List.of() : responsibilities);
        jobFamilies = List.copyOf(jobFamilies == null ? List.of() : jobFamilies);
    }

    /** Parses pasted job-description text with the standard skills taxonomy. */
    public static JobDescription parse(String text) {
        return parse(text, SkillTaxonomy.standard());
    }

    /**
     * Parses pasted job-description text: skills under a requirements heading are required, those under a "nice to
     * have" heading or on a line saying "a plus" are preferred; bullets under a responsibilities heading are the
     * responsibilities.
     *
     * @throws IllegalArgumentException when the text is blank
     */
    public static JobDescription parse(String text, SkillTaxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("job description text must not be blank");
        }
        Set<Skill> required = new LinkedHashSet<>();
        Set<Skill> preferred = new LinkedHashSet<>();
        List<String> responsibilities = new ArrayList<>();
        String title = null;
        Part part = Part.NONE;
        Integer minimumYears = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (title == null) {
                title = line;
            }
            Part heading = heading(line);
            if (heading != null) {
                part = heading;
                continue;
            }
            Matcher years = YEARS.matcher(line);
            if (years.find() && part != Part.PREFERRED && part != Part.OTHER) {
                int value = Integer.parseInt(years.group(1));
                if (value > 0 && value < 30 && (minimumYears == null || value > minimumYears)) {
                    minimumYears = value;
                }
            }
            List<Skill> skills = taxonomy.find(line);
            boolean isPreferred =
                    part == Part.PREFERRED || PREFERRED_MARKER.matcher(line).find();
            if (part != Part.OTHER) {
                (isPreferred ? preferred : required).addAll(skills);
            }
            if (part == Part.RESPONSIBILITIES) {
                responsibilities.add(BULLET.matcher(line).replaceFirst("").strip());
            }
        }
        preferred.removeAll(required);
        List<Skill> all = new ArrayList<>(required);
        all.addAll(preferred);
        List<JobFamily> families = ProfileInference.families(
                        title == null
                                ? List.of()
                                : List.of(new ExperienceEntry(title, null, "2000-01", null, "", 0, false)),
                        all)
                .families();
        return new JobDescription(
                title,
                List.copyOf(required),
                List.copyOf(preferred),
                seniority(title, minimumYears),
                minimumYears,
                responsibilities,
                families);
    }

    private static Part heading(String line) {
        String cleaned = line.replaceAll("[#*_:]+", "").strip().toLowerCase(Locale.ROOT);
        if (cleaned.length() > 40) {
            return null;
        }
        for (Part part : List.of(Part.PREFERRED, Part.RESPONSIBILITIES, Part.REQUIRED, Part.OTHER)) {
            if (HEADINGS.get(part).matcher(cleaned).matches()) {
                return part;
            }
        }
        return null;
    }

    private static Seniority seniority(String title, Integer minimumYears) {
        String t = title == null ? "" : title;
        if (INTERN.matcher(t).find()) {
            return Seniority.INTERN;
        }
        if (LEAD.matcher(t).find()) {
            return Seniority.LEAD;
        }
        if (SENIOR.matcher(t).find()) {
            return Seniority.SENIOR;
        }
        if (JUNIOR.matcher(t).find()) {
            return Seniority.JUNIOR;
        }
        if (minimumYears == null) {
            return null;
        }
        return minimumYears >= 5 ? Seniority.SENIOR : minimumYears >= 2 ? Seniority.MID : Seniority.JUNIOR;
    }

    /** A builder for {@link JobDescription}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link JobDescription}. */
    public static final class Builder {
        private String title;
        private List<Skill> requiredSkills = List.of();
        private List<Skill> preferredSkills = List.of();
        private Seniority seniority;
        private Integer minimumYears;
        private List<String> responsibilities = List.of();
        private List<JobFamily> jobFamilies = List.of();

        private Builder() {}

        private Builder(JobDescription source) {
            title = source.title;
            requiredSkills = source.requiredSkills;
            preferredSkills = source.preferredSkills;
            seniority = source.seniority;
            minimumYears = source.minimumYears;
            responsibilities = source.responsibilities;
            jobFamilies = source.jobFamilies;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder requiredSkills(List<Skill> requiredSkills) {
            this.requiredSkills = requiredSkills;
            return this;
        }

        public Builder preferredSkills(List<Skill> preferredSkills) {
            this.preferredSkills = preferredSkills;
            return this;
        }

        public Builder seniority(Seniority seniority) {
            this.seniority = seniority;
            return this;
        }

        public Builder minimumYears(Integer minimumYears) {
            this.minimumYears = minimumYears;
            return this;
        }

        public Builder responsibilities(List<String> responsibilities) {
            this.responsibilities = responsibilities;
            return this;
        }

        public Builder jobFamilies(List<JobFamily> jobFamilies) {
            this.jobFamilies = jobFamilies;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public JobDescription build() {
            return new JobDescription(
                    title, requiredSkills, preferredSkills, seniority, minimumYears, responsibilities, jobFamilies);
        }
    }
}
