package dev.mocksy.llm;

/** Receives a streamed reply piece by piece, on the thread that called {@link LanguageModel#stream}. */
@FunctionalInterface
public interface StreamListener {

    /** One more piece of the reply's text, as soon as the provider sent it. */
    void onDelta(String text);
}
