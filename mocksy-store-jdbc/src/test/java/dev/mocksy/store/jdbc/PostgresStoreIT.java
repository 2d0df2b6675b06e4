package dev.mocksy.store.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The database behaviour on the real PostgreSQL server, a fresh schema per test. */
class PostgresStoreIT extends JdbcStoreBehaviour {

    private String url;

    @BeforeEach
    void freshSchema() {
        url = Databases.postgresSchema();
    }

    @Override
    String url() {
        return url;
    }

    @AfterEach
    void dropSchema() {
        closeStores();
        Databases.dropSchema(url);
    }
}
