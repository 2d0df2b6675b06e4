package dev.mocksy.store;

class InMemoryInterviewStoreTest extends InterviewStoreContract {

    @Override
    protected InterviewStore store() {
        return new InMemoryInterviewStore();
    }

    /** One JVM, one store: a second writer shares the instance. */
    @Override
    protected InterviewStore secondWriter(InterviewStore store) {
        return store;
    }
}
