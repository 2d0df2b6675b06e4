package dev.mocksy.internal.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites a journal line of one format version into the next, on its JSON tree, before it is read: how a journal
 * written by an older Mocksy still loads after the event records changed.
 */
interface Upcaster {

    /** The version this step reads; it produces {@code from() + 1}. */
    int from();

    /** Rewrites {@code line} in place. */
    void upcast(ObjectNode line);

    /**
     * Version 1, the first format, had no {@code v} field; version 2 adds it and the events that came with it
     * (question-repeated, reopened, frame-observed, language-model-dropped), so version 1 lines read unchanged.
     */
    Upcaster V1_TO_V2 = new Upcaster() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public void upcast(ObjectNode line) {
            line.put(JournalCodec.VERSION_FIELD, 2);
        }
    };
}
