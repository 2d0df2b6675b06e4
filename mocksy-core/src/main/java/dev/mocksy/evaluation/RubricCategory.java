package dev.mocksy.evaluation;

/** The rubric every answer is scored on, each 0-10. */
public enum RubricCategory {
    TECHNICAL_CORRECTNESS("Technical correctness"),
    PROBLEM_SOLVING("Problem solving"),
    COMMUNICATION("Communication"),
    DEPTH_AND_COMPLETENESS("Depth and completeness"),
    CONFIDENCE_AND_CLARITY("Confidence and clarity");

    private final String displayName;

    RubricCategory(String displayName) {
        this.displayName = displayName;
    }

    /** The name shown in reports. */
    public String displayName() {
        return displayName;
    }
}
