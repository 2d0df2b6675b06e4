package dev.mocksy.resume;

import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import java.util.List;
import java.util.Objects;

/**
 * What is known about the candidate, from a resume or from what they said.
 *
 * <p>Contact details are kept in {@link #contact()} only; nothing else in the profile holds them, so the profile
 * minus its contact can be shared with a language model (see {@link ContactRedactor} for free text).
 *
 * @param name the candidate's name, or {@code null}
 * @param skills skills and technologies, most relevant first
 * @param yearsOfExperience total professional years, overlaps counted once, or {@code null} when unknown
 * @param seniority the inferred interview level, or {@code null} when unknown
 * @param roles the job families the experience points to, most likely first
 * @param projects short descriptions of projects worth asking about
 * @param contact how to reach the candidate, never {@code null}
 * @param careerStage the finer seniority (intern to lead), or {@code null} when unknown
 * @param jobFamilies the kinds of work, including those without an interview role (embedded, security), most likely
 *     first
 * @param experience the positions found, in resume order
 * @param sections the sections the resume has, in order
 * @param evidence why seniority and roles were inferred
 * @param internshipYears the time spent in internships, shown apart from {@code yearsOfExperience} (which leaves them
 *     out), or {@code null} when the resume lists none
 * @param asOf the month ongoing positions are measured to and where it came from, or {@code null} when the profile
 *     was not read from a dated document
 */
public record CandidateProfile(
        String name,
        List<Skill> skills,
        Double yearsOfExperience,
        Level seniority,
        List<Role> roles,
        List<String> projects,
        ContactDetails contact,
        Seniority careerStage,
        List<JobFamily> jobFamilies,
        List<ExperienceEntry> experience,
        List<SectionKind> sections,
        List<ProfileEvidence> evidence,
        Double internshipYears,
        AsOf asOf) {

    public CandidateProfile {
        skills = List.copyOf(skills == null ? List.of() : skills);
        roles = List.copyOf(roles == null ? List.of() : roles);
        projects = List.copyOf(projects == null ? List.of() : projects);
        contact = Objects.requireNonNullElse(contact, ContactDetails.NONE);
        jobFamilies = List.copyOf(jobFamilies == null ? List.of() : jobFamilies);
        experience = List.copyOf(experience == null ? List.of() : experience);
        sections = List.copyOf(sections == null ? List.of() : sections);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        if (yearsOfExperience != null && (yearsOfExperience < 0 || yearsOfExperience > 70)) {
            throw new IllegalArgumentException("yearsOfExperience must be between 0 and 70, got " + yearsOfExperience);
        }
        if (internshipYears != null && (internshipYears < 0 || internshipYears > 70)) {
            throw new IllegalArgumentException("internshipYears must be between 0 and 70, got " + internshipYears);
        }
    }

    /** Whether the candidate lists a skill by this name, ignoring case. */
    public boolean hasSkill(String name) {
        return skills.stream().anyMatch(skill -> skill.name().equalsIgnoreCase(name));
    }

    /** This profile without contact details or name: what may be sent to a language model. */
    public CandidateProfile withoutContact() {
        return new CandidateProfile(
                null,
                skills,
                yearsOfExperience,
                seniority,
                roles,
                projects,
                ContactDetails.NONE,
                careerStage,
                jobFamilies,
                experience,
                sections,
                evidence,
                internshipYears,
                asOf);
    }

    /** A builder for {@link CandidateProfile}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link CandidateProfile}. */
    public static final class Builder {
        private String name;
        private List<Skill> skills = List.of();
        private Double yearsOfExperience;
        private Level seniority;
        private List<Role> roles = List.of();
        private List<String> projects = List.of();
        private ContactDetails contact;
        private Seniority careerStage;
        private List<JobFamily> jobFamilies = List.of();
        private List<ExperienceEntry> experience = List.of();
        private List<SectionKind> sections = List.of();
        private List<ProfileEvidence> evidence = List.of();
        private Double internshipYears;
        private AsOf asOf;

        private Builder() {}

        private Builder(CandidateProfile source) {
            name = source.name;
            skills = source.skills;
            yearsOfExperience = source.yearsOfExperience;
            seniority = source.seniority;
            roles = source.roles;
            projects = source.projects;
            contact = source.contact;
            careerStage = source.careerStage;
            jobFamilies = source.jobFamilies;
            experience = source.experience;
            sections = source.sections;
            evidence = source.evidence;
            internshipYears = source.internshipYears;
            asOf = source.asOf;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder skills(List<Skill> skills) {
            this.skills = skills;
            return this;
        }

        public Builder yearsOfExperience(Double yearsOfExperience) {
            this.yearsOfExperience = yearsOfExperience;
            return this;
        }

        public Builder seniority(Level seniority) {
            this.seniority = seniority;
            return this;
        }

        public Builder roles(List<Role> roles) {
            this.roles = roles;
            return this;
        }

        public Builder projects(List<String> projects) {
            this.projects = projects;
            return this;
        }

        public Builder contact(ContactDetails contact) {
            this.contact = contact;
            return this;
        }

        public Builder careerStage(Seniority careerStage) {
            this.careerStage = careerStage;
            return this;
        }

        public Builder jobFamilies(List<JobFamily> jobFamilies) {
            this.jobFamilies = jobFamilies;
            return this;
        }

        public Builder experience(List<ExperienceEntry> experience) {
            this.experience = experience;
            return this;
        }

        public Builder sections(List<SectionKind> sections) {
            this.sections = sections;
            return this;
        }

        public Builder evidence(List<ProfileEvidence> evidence) {
            this.evidence = evidence;
            return this;
        }

        public Builder internshipYears(Double internshipYears) {
            this.internshipYears = internshipYears;
            return this;
        }

        public Builder asOf(AsOf asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public CandidateProfile build() {
            return new CandidateProfile(
                    name,
                    skills,
                    yearsOfExperience,
                    seniority,
                    roles,
                    projects,
                    contact,
                    careerStage,
                    jobFamilies,
                    experience,
                    sections,
                    evidence,
                    internshipYears,
                    asOf);
        }
    }
}
