package dev.mocksy.interview;

/** The job family an interview targets. */
public enum Role implements Choice {
    FRONTEND("frontend", "Frontend", "front end", "front-end", "web", "ui"),
    BACKEND("backend", "Backend", "back end", "back-end", "server", "api"),
    FULL_STACK("fullstack", "Full stack", "full stack", "full-stack"),
    DATA_SCIENCE(
            "data", "Data science", "data science", "data scientist", "ml", "machine learning", "data engineering"),
    DEVOPS("devops", "DevOps / SRE", "sre", "devops/sre", "platform", "infrastructure", "ops"),
    MOBILE("mobile", "Mobile", "ios", "android"),
    GENERAL("general", "General / HR", "hr", "general/hr", "any", "behavioral");

    private final Labels labels;

    Role(String id, String displayName, String... aliases) {
        this.labels = new Labels(id, displayName, aliases);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Parses an id, name or alias such as {@code "frontend"}.
     *
     * @throws IllegalArgumentException listing the accepted values when {@code text} matches none
     */
    public static Role parse(String text) {
        return Choice.parse(Role.class, "role", text);
    }
}
