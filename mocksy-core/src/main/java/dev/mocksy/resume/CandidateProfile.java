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
        List<ProfileEvidence> evidence) {

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
    }

    /** A profile from the essentials only, e.g. what a candidate typed in. */
    public CandidateProfile(
            String name,
            List<Skill> skills,
            Double yearsOfExperience,
            Level seniority,
            List<Role> roles,
            List<String> projects) {
        this(
                name,
                skills,
                yearsOfExperience,
                seniority,
                roles,
                projects,
                ContactDetails.NONE,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
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
                evidence);
    }
}
