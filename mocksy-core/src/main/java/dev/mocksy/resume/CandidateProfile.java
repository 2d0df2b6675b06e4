package dev.mocksy.resume;

import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import java.util.List;

/**
 * What is known about the candidate, from a resume or from what they said.
 *
 * @param name the candidate's name, or {@code null}
 * @param skills skills and technologies, most relevant first
 * @param yearsOfExperience total professional years, or {@code null} when unknown
 * @param seniority the inferred level, or {@code null} when unknown
 * @param roles the job families the experience points to, most likely first
 * @param projects short descriptions of projects worth asking about
 */
public record CandidateProfile(
        String name,
        List<Skill> skills,
        Double yearsOfExperience,
        Level seniority,
        List<Role> roles,
        List<String> projects) {

    public CandidateProfile {
        skills = List.copyOf(skills == null ? List.of() : skills);
        roles = List.copyOf(roles == null ? List.of() : roles);
        projects = List.copyOf(projects == null ? List.of() : projects);
        if (yearsOfExperience != null && (yearsOfExperience < 0 || yearsOfExperience > 70)) {
            throw new IllegalArgumentException("yearsOfExperience must be between 0 and 70, got " + yearsOfExperience);
        }
    }

    /** Whether the candidate lists a skill by this name, ignoring case. */
    public boolean hasSkill(String name) {
        return skills.stream().anyMatch(skill -> skill.name().equalsIgnoreCase(name));
    }
}
