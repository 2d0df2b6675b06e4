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
}
