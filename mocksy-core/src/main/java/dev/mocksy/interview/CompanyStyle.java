package dev.mocksy.interview;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The flavour of a company's interviews: what its interviewers listen for.
 *
 * <p>Pluggable: the built-ins cover common styles, and a product can pass its own, e.g.
 * {@code new CompanyStyle("acme", "Acme", "Values craft and candour.", List.of("Craft", "Candour"))}.
 *
 * @param id a short lower-case id, used to tag questions
 * @param name a display name
 * @param description one sentence an interviewer (or an LLM persona) can act on
 * @param principles the values answers are listened against, possibly empty
 */
public record CompanyStyle(String id, String name, String description, List<String> principles) {

    /** No particular company: a balanced, friendly interviewer. */
    public static final CompanyStyle NEUTRAL = new CompanyStyle(
            "neutral",
            "Neutral",
            "A balanced interviewer who values clear reasoning and concrete examples.",
            List.of());

    /** Structured interviews scored on reasoning, role knowledge, leadership and collaboration. */
    public static final CompanyStyle GOOGLE = new CompanyStyle(
            "google",
            "Google",
            "Structured questions; the interviewer probes how you reason about ambiguity and scale.",
            List.of("General cognitive ability", "Role-related knowledge", "Leadership", "Collaboration"));

    /** Behavioral questions mapped to Amazon's Leadership Principles, with deep STAR follow-ups. */
    public static final CompanyStyle AMAZON = new CompanyStyle(
            "amazon",
            "Amazon",
            "Every story is checked against the Leadership Principles; expect 'what exactly did you do?' follow-ups.",
            List.of(
                    "Customer Obsession",
                    "Ownership",
                    "Invent and Simplify",
                    "Are Right, A Lot",
                    "Learn and Be Curious",
                    "Hire and Develop the Best",
                    "Insist on the Highest Standards",
                    "Think Big",
                    "Bias for Action",
                    "Frugality",
                    "Earn Trust",
                    "Dive Deep",
                    "Have Backbone; Disagree and Commit",
                    "Deliver Results"));

    /** Small teams: breadth, speed and ownership over process. */
    public static final CompanyStyle STARTUP = new CompanyStyle(
            "startup",
            "Startup",
            "A hands-on founder or lead who values shipping, breadth and owning problems end to end.",
            List.of("Ownership", "Speed", "Pragmatism", "Breadth"));

    private static final Map<String, CompanyStyle> BUILT_INS = Stream.of(NEUTRAL, GOOGLE, AMAZON, STARTUP)
            .collect(Collectors.toUnmodifiableMap(CompanyStyle::id, Function.identity()));

    public CompanyStyle {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("company style id must be lower-case letters, digits or dashes: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("company style name must not be blank");
        }
        description = description == null ? "" : description;
        principles = List.copyOf(principles == null ? List.of() : principles);
    }

    /** The built-in styles: neutral, google, amazon, startup. */
    public static List<CompanyStyle> builtIns() {
        return List.of(NEUTRAL, GOOGLE, AMAZON, STARTUP);
    }

    /**
     * The built-in style with this id (case-insensitive).
     *
     * @throws IllegalArgumentException listing the built-ins when there is none; build a {@code CompanyStyle} for others
     */
    public static CompanyStyle of(String id) {
        CompanyStyle style = BUILT_INS.get(id == null ? "" : id.strip().toLowerCase(Locale.ROOT));
        if (style == null) {
            throw new IllegalArgumentException("unknown company style '" + id + "'; built-in styles are "
                    + String.join(", ", BUILT_INS.keySet().stream().sorted().toList())
                    + " (or construct your own CompanyStyle)");
        }
        return style;
    }

    /** A builder for {@link CompanyStyle}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link CompanyStyle}. */
    public static final class Builder {
        private String id;
        private String name;
        private String description;
        private List<String> principles = List.of();

        private Builder() {}

        private Builder(CompanyStyle source) {
            id = source.id;
            name = source.name;
            description = source.description;
            principles = source.principles;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder principles(List<String> principles) {
            this.principles = principles;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public CompanyStyle build() {
            return new CompanyStyle(id, name, description, principles);
        }
    }
}
