package dev.mocksy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.Candidate;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal written by format 2 (sessions without owners), checked in as the previous release wrote it, loads as a
 * session of the local candidate and counts in the local candidate's history.
 */
class OldJournalsV2Test {

    private static final String ID = "20261203-101209-2e25e0";

    @TempDir
    Path home;

    @Test
    void should_read_a_format_2_journal_as_a_session_of_the_local_candidate() throws IOException {
        Path sessions = Files.createDirectories(home.resolve("sessions"));
        try (InputStream in =
                getClass().getResourceAsStream("/dev/mocksy/store/journal-v2/typed-technical-completed.jsonl")) {
            Files.write(sessions.resolve(ID + ".jsonl"), in.readAllBytes());
        }
        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .setting("mocksy.home", home.toString())
                .setting("mocksy.store", "file")
                .build();

        InterviewSnapshot session = mocksy.loadSession(ID);

        assertThat(session.candidateId()).isEqualTo(Candidate.LOCAL);
        assertThat(session.state()).isEqualTo(InterviewState.COMPLETED);
        assertThat(session.turns()).hasSize(2);
        assertThat(session.report()).isPresent();
        assertThat(mocksy.history(Candidate.LOCAL))
                .extracting(summary -> summary.id())
                .containsExactly(ID);
        assertThat(mocksy.progress(Candidate.LOCAL).sessions()).hasSize(1);
    }
}
