package dev.mocksy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.interview.Candidate;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Recording;
import dev.mocksy.interview.SessionSummary;
import dev.mocksy.question.CandidateHistory;
import dev.mocksy.report.ReportFiles;
import dev.mocksy.report.ReportFormat;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.TranscribedWord;
import dev.mocksy.speech.Transcript;
import dev.mocksy.store.Deletion;
import dev.mocksy.store.HistoryQuery;
import dev.mocksy.store.InMemoryInterviewStore;
import dev.mocksy.store.JournalImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A candidate's data through the facade: history, exports written and remembered, and deletion that leaves nothing
 * of the candidate in the store or under the data directory.
 */
class CandidateDataTest {

    private static final String ADA_WORDS = "Ada's answer: a partial index on the unpaid invoices";
    private static final String BOB_WORDS = "Bob's answer: a composite index on customer and date";

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private Mocksy mocksy() {
        return Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting("mocksy.store", "file")
                .speechToText(clip -> new Transcript(
                        "I would add an index", List.of(new TranscribedWord("index", 0.1, 0.5, 0.9)), "en"))
                .keepRecordings(true)
                .build();
    }

    private static InterviewPlan plan() {
        return InterviewPlan.builder()
                .role("backend")
                .type(InterviewType.TECHNICAL)
                .technologies("PostgreSQL")
                .questionCount(2)
                .maxFollowUps(0)
                .build();
    }

    /** A finished session: one spoken answer (its audio kept), one typed, a note, a bookmark, the report. */
    private InterviewSession play(Mocksy mocksy, String candidate, String words) {
        InterviewSession session = mocksy.startInterview(plan(), null, candidate);
        String first = session.start().id();
        session.submitSpokenAnswer(new AudioClip(new byte[3200], 16_000, 1));
        session.next();
        session.submitAnswer(words);
        session.next();
        session.report();
        session.addNote(first, words + " (note)");
        session.bookmark(first, true);
        return session;
    }

    @Test
    void should_list_a_candidates_history_and_what_they_were_asked() {
        Mocksy mocksy = mocksy();
        InterviewSession ada = play(mocksy, "ada", ADA_WORDS);
        play(mocksy, "bob", BOB_WORDS);

        List<SessionSummary> history = mocksy.history("ada");
        CandidateHistory asked = mocksy.candidateHistory("ada");

        assertThat(history).extracting(SessionSummary::id).containsExactly(ada.id());
        assertThat(history.get(0).candidateId()).isEqualTo("ada");
        assertThat(history.get(0).overallScore()).isPresent();
        assertThat(mocksy.history(
                        HistoryQuery.builder("ada").technology("kafka").build()))
                .isEmpty();
        assertThat(asked.askedQuestionIds())
                .containsExactlyElementsOf(ada.snapshot().turns().stream()
                        .map(turn -> turn.question().id())
                        .toList());
    }

    @Test
    void should_give_back_a_kept_recording_as_the_wav_of_the_answer() {
        Mocksy mocksy = mocksy();
        InterviewSession session = play(mocksy, "ada", ADA_WORDS);

        Recording kept = session.snapshot().recordings().get(0);

        assertThat(mocksy.recording(session.id(), kept.recordingId())
                        .orElseThrow()
                        .audio())
                .startsWith("RIFF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void should_delete_one_session_with_its_recordings_reports_and_exports_and_keep_the_rest() throws IOException {
        Mocksy mocksy = mocksy();
        InterviewSession gone = play(mocksy, "ada", ADA_WORDS);
        InterviewSession kept = play(mocksy, "ada", "Another answer about an index on the orders table");
        Path export = mocksy.exportSession(gone.id(), elsewhere.resolve("exports/session.json"));
        Path html = mocksy.saveReport(gone.id(), ReportFormat.HTML, elsewhere.resolve("report.html"));
        ReportFiles.save(gone.report(), MocksyHome.reports(home));
        ReportFiles.save(kept.report(), MocksyHome.reports(home));
        String recording = gone.snapshot().recordings().get(0).recordingId();
        Path spokenQuestion = Files.createDirectories(MocksyHome.sessions(home).resolve(gone.id()))
                .resolve("question-1.wav");
        Files.write(spokenQuestion, new byte[] {'R', 'I', 'F', 'F'});

        Deletion deletion = mocksy.deleteSession(gone.id());

        assertThat(spokenQuestion)
                .as("the interviewer's spoken questions go too")
                .doesNotExist();

        assertThat(deletion.sessions()).containsExactly(gone.id());
        assertThat(deletion.files()).contains(export, html);
        assertThat(export).doesNotExist();
        assertThat(html).doesNotExist();
        assertThat(MocksyHome.reports(home).resolve(gone.id() + ".md")).doesNotExist();
        assertThat(mocksy.recording(gone.id(), recording)).isEmpty();
        assertThatThrownBy(() -> mocksy.loadSession(gone.id())).isInstanceOf(SessionNotFoundException.class);
        assertThat(filesMentioning(home, gone.id())).isEmpty();
        assertThat(mocksy.history("ada")).extracting(SessionSummary::id).containsExactly(kept.id());
        assertThat(MocksyHome.reports(home).resolve(kept.id() + ".md")).exists();
        assertThatThrownBy(() -> mocksy.deleteSession(gone.id())).isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void should_delete_all_of_a_candidates_data_and_nothing_of_anyone_else() throws IOException {
        Mocksy mocksy = mocksy();
        InterviewSession ada = play(mocksy, "ada", ADA_WORDS);
        InterviewSession bob = play(mocksy, "bob", BOB_WORDS);
        Path history = mocksy.exportHistory("ada", elsewhere.resolve("ada-history.json"));
        Path dataset = mocksy.exportDataset("ada", home.resolve("exports/ada.jsonl"));
        ReportFiles.save(ada.report(), MocksyHome.reports(home));
        ReportFiles.save(bob.report(), MocksyHome.reports(home));

        Deletion deletion = mocksy.deleteCandidate("ada");

        assertThat(deletion.sessions()).containsExactly(ada.id());
        assertThat(history).doesNotExist();
        assertThat(dataset).doesNotExist();
        assertThat(filesMentioning(home, ada.id())).isEmpty();
        assertThat(filesMentioning(home, "Ada's answer")).isEmpty();
        assertThat(filesMentioning(home, "\"ada\"")).isEmpty();
        assertThat(mocksy.history("ada")).isEmpty();
        assertThat(mocksy.history("bob")).extracting(SessionSummary::id).containsExactly(bob.id());
        assertThat(filesMentioning(home, BOB_WORDS)).isNotEmpty();
    }

    @Test
    void should_say_which_module_to_add_for_pdf_reports_and_email() {
        Mocksy mocksy = mocksy();
        InterviewSession session = play(mocksy, Candidate.LOCAL, ADA_WORDS);

        assertThatThrownBy(() -> mocksy.renderReport(session.id(), ReportFormat.PDF))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("mocksy-report-pdf");
        assertThatThrownBy(() -> mocksy.emailReport(session.id(), "ada@example.com"))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("mocksy-report-email");
        assertThat(new String(mocksy.renderReport(session.id(), ReportFormat.MARKDOWN), StandardCharsets.UTF_8))
                .startsWith("# Interview report");
    }

    @Test
    void should_import_file_journals_once_and_keep_the_files() {
        Mocksy files = mocksy();
        InterviewSession session = play(files, "ada", ADA_WORDS);
        Mocksy memory = Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, home.toString())
                .store(new InMemoryInterviewStore())
                .build();

        JournalImport.Result first = memory.importJournals(MocksyHome.sessions(home));
        JournalImport.Result again = memory.importJournals(MocksyHome.sessions(home));

        assertThat(first.imported()).containsExactly(session.id());
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).containsExactly(session.id());
        assertThat(memory.loadSession(session.id())).isEqualTo(session.snapshot());
        String recording = session.snapshot().recordings().get(0).recordingId();
        assertThat(memory.recording(session.id(), recording)).isPresent();
        assertThat(MocksyHome.sessions(home).resolve(session.id() + ".jsonl")).exists();
    }

    /** The files under {@code root} whose bytes contain {@code text}. */
    private static List<Path> filesMentioning(Path root, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> contains(read(file), needle))
                    .toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
