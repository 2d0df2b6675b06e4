package dev.mocksy.resume;

/** Reads a candidate profile out of a resume, optionally in the light of a job description. */
public interface ProfileExtractor {

    /**
     * Extracts the profile.
     *
     * @param resume the resume's text
     * @param jobDescription the job description's text, or {@code null}
     */
    CandidateProfile extract(ResumeDocument resume, String jobDescription);
}
