package dev.mocksy.store.jdbc;

import dev.mocksy.store.InterviewStore;
import dev.mocksy.store.InterviewStoreContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real SQLite file; a second writer is a second store (its own pool) on the same file. */
class SqliteInterviewStoreTest extends InterviewStoreContract {

    @TempDir
    Path dir;

    private final List<JdbcInterviewStore> opened = new ArrayList<>();

    @Override
    protected InterviewStore store() {
        return open();
    }

    @Override
    protected InterviewStore secondWriter(InterviewStore store) {
        return open();
    }

    private JdbcInterviewStore open() {
        JdbcInterviewStore store = JdbcInterviewStore.open(JdbcStoreSettings.of(Databases.sqlite(dir)));
        opened.add(store);
        return store;
    }

    @AfterEach
    void close() {
        opened.forEach(JdbcInterviewStore::close);
    }
}
