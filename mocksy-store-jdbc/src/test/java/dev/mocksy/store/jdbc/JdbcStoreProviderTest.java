package dev.mocksy.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.interview.Candidate;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.SessionSummary;
import dev.mocksy.store.JournalImport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chosen with mocksy.store=jdbc: SQLite in the data directory by default, file journals imported once. */
class JdbcStoreProviderTest {

    private static final List<String> FIXTURES = List.of(
            "journal-v1/typed-technical-completed",
            "journal-v1/paused-then-abandoned",
            "journal-v2/typed-technical-completed");

    @TempDir
    Path home;

    private Mocksy mocksy() {
        return Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting("mocksy.store", "jdbc")
                .build();
    }

    /** Copies the old journals that core keeps as fixtures into the data directory; returns their session ids. */
    private List<String> oldJournals() throws IOException {
        Path sessions = Files.createDirectories(home.resolve("sessions"));
        for (String fixture : FIXTURES) {
            try (InputStream in = getClass().getResourceAsStream("/dev/mocksy/store/" + fixture + ".jsonl")) {
                byte[] bytes = in.readAllBytes();
                String first = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElseThrow();
                String id = first.replaceAll(".*\"sessionId\":\"([^\"]+)\".*", "$1");
                Files.write(sessions.resolve(id + ".jsonl"), bytes);
            }
        }
        try (var files = Files.list(sessions)) {
            return files.map(f -> f.getFileName().toString().replace(".jsonl", ""))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void should_keep_sessions_in_an_sqlite_file_in_the_data_directory_by_default() {
        Mocksy mocksy = mocksy();

        String id = mocksy.startInterview(
                        dev.mocksy.interview.InterviewPlan.builder().build())
                .id();

        assertThat(home.resolve("mocksy.db")).exists();
        assertThat(mocksy().loadSession(id).sessionId()).isEqualTo(id);
    }

    @Test
    void should_import_the_file_journals_on_first_use_once_and_keep_the_files() throws IOException {
        List<String> ids = oldJournals();

        Mocksy first = mocksy();

        assertThat(first.sessions().sessions()).extracting(SessionSummary::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(first.sessions().damaged()).isEmpty();
        for (String id : ids) {
            assertThat(home.resolve("sessions").resolve(id + ".jsonl")).exists();
            InterviewSnapshot imported = first.loadSession(id);
            assertThat(imported.candidateId()).isEqualTo(Candidate.LOCAL);
        }
        assertThat(first.history(Candidate.LOCAL)).hasSize(ids.size());

        first.deleteSession(ids.get(0));
        Mocksy second = mocksy();

        assertThat(second.sessions().sessions())
                .extracting(SessionSummary::id)
                .containsExactlyInAnyOrderElementsOf(ids.subList(1, ids.size()));
        assertThat(home.resolve("sessions").resolve(ids.get(0) + ".jsonl")).doesNotExist();
        JournalImport.Result again = second.importJournals(home.resolve("sessions"));
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).hasSize(ids.size() - 1);
    }

    @Test
    void should_not_import_when_told_not_to() throws IOException {
        oldJournals();

        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting("mocksy.store", "jdbc")
                .setting(JdbcStoreProvider.IMPORT, "off")
                .build();

        assertThat(mocksy.sessions().isEmpty()).isTrue();
    }

    @Test
    void should_use_the_configured_url() {
        Path elsewhere = home.resolve("elsewhere/other.db");

        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting("mocksy.store", "jdbc")
                .setting(JdbcStoreSettings.URL, "jdbc:sqlite:" + elsewhere)
                .build();
        mocksy.startInterview(dev.mocksy.interview.InterviewPlan.builder().build());

        assertThat(elsewhere).exists();
        assertThat(home.resolve("mocksy.db")).doesNotExist();
    }
}
