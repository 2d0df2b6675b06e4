package dev.mocksy;

import java.util.List;

/** No provider, or several without a choice, were found for a capability; the message lists them and how to choose. */
public final class ProviderSelectionException extends MocksyException {

    private final String capability;
    private final List<String> found;

    public ProviderSelectionException(String capability, List<String> found, String message) {
        super(message);
        this.capability = capability;
        this.found = List.copyOf(found);
    }

    /** The capability being resolved, e.g. {@code "AnswerEvaluator"}. */
    public String capability() {
        return capability;
    }

    /** The ids of the providers that were found. */
    public List<String> found() {
        return found;
    }
}
