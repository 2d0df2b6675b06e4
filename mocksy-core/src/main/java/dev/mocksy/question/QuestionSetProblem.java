package dev.mocksy.question;

/**
 * One thing wrong in a question-set file, and where.
 *
 * @param source the file or resource, e.g. {@code "acme.yaml"}
 * @param line the line, 1-based, or 0 when unknown
 * @param column the column, 1-based, or 0 when unknown
 * @param field the path of the field, e.g. {@code "questions[2].keyPoints[0].point"}; empty for the whole file
 * @param message what is wrong and what to write instead
 */
public record QuestionSetProblem(String source, int line, int column, String field, String message) {

    /** {@code file:line:column: field: message}, as compilers print problems. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }

    /** A builder for {@link QuestionSetProblem}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link QuestionSetProblem}. */
    public static final class Builder {
        private String source;
        private int line;
        private int column;
        private String field;
        private String message;

        private Builder() {}

        private Builder(QuestionSetProblem source) {
            this.source = source.source;
            line = source.line;
            column = source.column;
            field = source.field;
            message = source.message;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder line(int line) {
            this.line = line;
            return this;
        }

        public Builder column(int column) {
            this.column = column;
            return this;
        }

        public Builder field(String field) {
            this.field = field;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public QuestionSetProblem build() {
            return new QuestionSetProblem(source, line, column, field, message);
        }
    }
}
