package dev.mocksy.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.StoreException;
import dev.mocksy.interview.InterviewSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The database behaviour on SQLite, and what only an embedded file has to get right. */
class SqliteStoreTest extends JdbcStoreBehaviour {

    @Override
    String url() {
        return Databases.sqlite(dir);
    }

    @Test
    void should_leave_no_trace_of_a_deleted_answer_in_the_database_files() throws Exception {
        JdbcInterviewStore store = open();
        InterviewSession gone = played(store);
        played(store, "Another answer about an index", "another note");
        assertThat(bytesMention(SECRET_ANSWER)).isTrue();

        store.delete(gone.id());

        assertThat(bytesMention(SECRET_ANSWER)).isFalse();
        assertThat(bytesMention("Zanzibar-7")).isFalse();
    }

    @Test
    void should_create_the_directory_of_a_new_database_file() {
        Path nested = dir.resolve("a/b/mocksy.db");

        try (JdbcInterviewStore store = JdbcInterviewStore.open(JdbcStoreSettings.of("jdbc:sqlite:" + nested))) {
            assertThat(store.sessionIds()).isEmpty();
        }
        assertThat(nested).exists();
    }

    @Test
    void should_refuse_databases_it_does_not_support_saying_which_it_does() {
        assertThatThrownBy(() -> JdbcStoreSettings.of("jdbc:mysql://localhost/mocksy?password=hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SQLite")
                .hasMessageContaining("PostgreSQL")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> JdbcInterviewStore.open(JdbcStoreSettings.of("jdbc:sqlite::memory:")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give a file");
    }

    @Test
    void should_never_show_a_password_when_the_server_cannot_be_reached() {
        JdbcStoreSettings settings = new JdbcStoreSettings(
                "jdbc:postgresql://127.0.0.1:9/mocksy?password=hunter2&connectTimeout=1", "me", "s3cret", 1);

        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("s3cret");
        assertThatThrownBy(() -> JdbcInterviewStore.open(settings))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:9")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("s3cret");
    }

    private boolean bytesMention(String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                outer:
                for (int i = 0; i <= bytes.length - needle.length; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (bytes[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }
}
