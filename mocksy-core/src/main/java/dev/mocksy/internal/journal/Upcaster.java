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

    /**
     * Version 3 gives session-started a {@code candidateId} (absent means the local candidate, which the event reads
     * as such) and adds note-added, bookmark-set and recording-kept, so version 2 lines read unchanged.
     */
    Upcaster V2_TO_V3 = new Upcaster() {
        @Override
        public int from() {
            return 2;
        }

        @Override
        public void upcast(ObjectNode line) {
            line.put(JournalCodec.VERSION_FIELD, 3);
        }
    };
}
