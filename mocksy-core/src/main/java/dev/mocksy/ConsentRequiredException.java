package dev.mocksy;

/**
 * Capturing or analysing something (webcam frames, voice recordings) is not allowed in this session: in an assessment
 * it needs the candidate's recorded consent, and a practice session can turn it off. Nothing was captured.
 */
public final class ConsentRequiredException extends MocksyException {

    public ConsentRequiredException(String message) {
        super(message);
    }
}
