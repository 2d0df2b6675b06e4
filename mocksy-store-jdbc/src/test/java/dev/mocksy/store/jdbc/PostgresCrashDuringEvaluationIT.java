package dev.mocksy.store.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A killed process loses no answer on PostgreSQL. */
class PostgresCrashDuringEvaluationIT extends CrashDuringEvaluationBehaviour {

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
        Databases.dropSchema(url);
    }
}
