package dev.mocksy.question;

import dev.mocksy.MocksyException;

/** A question bank could not be loaded: a file is missing, malformed, or holds an invalid question. */
public class QuestionBankException extends MocksyException {

    public QuestionBankException(String message) {
        super(message);
    }

    public QuestionBankException(String message, Throwable cause) {
        super(message, cause);
    }
}
