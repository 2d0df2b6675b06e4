package dev.mocksy.question;

import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question with what a strong answer covers.
 *
 * @param id a stable id, unique in its bank, e.g. {@code "be-sql-index-01"}
 * @param text the question as asked
 * @param type behavioral, technical or system design (never mixed)
 * @param roles the roles it suits; empty means any
 * @param levels the levels it suits; empty means any
 * @param difficulty how hard it is
 * @param technologies the technologies it is about, possibly empty
 * @param companies the company style ids it is typical of; empty means any
 * @param keyPoints what a strong answer covers
 * @param followUps prompts to dig deeper, in the order an interviewer would use them
 * @param modelAnswer the outline of a strong answer, one line per step
 */
public record Question(
        String id,
        String text,
        InterviewType type,
        Set<Role> roles,
        Set<Level> levels,
        Difficulty difficulty,
        List<String> technologies,
        List<String> companies,
        List<KeyPoint> keyPoints,
        List<String> followUps,
        List<String> modelAnswer) {

    public Question {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("question id must not be blank");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("question " + id + ": text must not be blank");
        }
        Objects.requireNonNull(type, "type");
        if (type == InterviewType.MIXED) {
            throw new IllegalArgumentException(
                    "question " + id + ": type must be behavioral, technical or system design");
        }
        Objects.requireNonNull(difficulty, "difficulty");
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        levels = Set.copyOf(levels == null ? Set.of() : levels);
        technologies = List.copyOf(technologies == null ? List.of() : technologies);
        companies = List.copyOf(companies == null ? List.of() : companies);
        keyPoints = List.copyOf(keyPoints == null ? List.of() : keyPoints);
        followUps = List.copyOf(followUps == null ? List.of() : followUps);
        modelAnswer = List.copyOf(modelAnswer == null ? List.of() : modelAnswer);
    }

    /** A question with only its text, for ad-hoc evaluation of a question that is not in a bank. */
    public static Question adHoc(String text, InterviewType type) {
        return new Question(
                "adhoc-" + Integer.toHexString(text.strip().hashCode()),
                text.strip(),
                type,
                Set.of(),
                Set.of(),
                Difficulty.MEDIUM,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
