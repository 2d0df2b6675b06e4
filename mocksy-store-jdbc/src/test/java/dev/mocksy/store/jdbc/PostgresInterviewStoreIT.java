package dev.mocksy.store.jdbc;

import dev.mocksy.store.InterviewStore;
import dev.mocksy.store.InterviewStoreContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on the real PostgreSQL server, in a fresh schema per test; a second writer is a second store
 * with its own pool, as a second server node would have.
 */
class PostgresInterviewStoreIT extends InterviewStoreContract {

    private static final List<String> SCHEMAS = new ArrayList<>();

    private final List<JdbcInterviewStore> opened = new ArrayList<>();
    private String url;

    @BeforeAll
    static void serverIsUp() {
        Databases.postgresServer();
    }

    @BeforeEach
    void freshSchema() {
        url = Databases.postgresSchema();
        SCHEMAS.add(url);
    }

    @Override
    protected InterviewStore store() {
        return open();
    }

    @Override
    protected InterviewStore secondWriter(InterviewStore store) {
        return open();
    }

    private JdbcInterviewStore open() {
        JdbcInterviewStore store = JdbcInterviewStore.open(JdbcStoreSettings.of(url));
        opened.add(store);
        return store;
    }

    @AfterEach
    void close() {
        opened.forEach(JdbcInterviewStore::close);
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.forEach(Databases::dropSchema);
    }
}
