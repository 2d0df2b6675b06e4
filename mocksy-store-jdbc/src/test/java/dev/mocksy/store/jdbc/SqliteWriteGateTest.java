package dev.mocksy.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every writer of one SQLite file in this process meets at one gate; other databases have none. */
class SqliteWriteGateTest {

    @TempDir
    Path dir;

    @Test
    void should_give_every_url_of_one_sqlite_file_the_same_gate() {
        Path file = dir.resolve("mocksy.db");

        assertThat(SqliteWriteGate.of("jdbc:sqlite:" + file).orElseThrow())
                .isSameAs(SqliteWriteGate.of("jdbc:sqlite:" + dir.resolve("x/../mocksy.db") + "?busy_timeout=5")
                        .orElseThrow())
                .isNotSameAs(SqliteWriteGate.of("jdbc:sqlite:" + dir.resolve("other.db"))
                        .orElseThrow());
    }

    @Test
    void should_give_no_gate_to_postgresql_or_in_memory_sqlite() {
        assertThat(SqliteWriteGate.of("jdbc:postgresql://127.0.0.1/test")).isEmpty();
        assertThat(SqliteWriteGate.of("jdbc:sqlite::memory:")).isEmpty();
        assertThat(SqliteWriteGate.of(null)).isEmpty();
    }
}
