package dev.mocksy.examples.cli;

import dev.mocksy.interview.InterviewSession;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.report.ReportFiles;
import java.io.PrintStream;

/** What every interview ends with, new or continued: run to the end, then print and save the report. */
final class Sessions {

    private Sessions() {}

    /** Runs the session to its end with answers spoken through {@code voice}, or typed when it is null. */
    static int finish(InterviewSession session, AnswerInput input, PrintStream out, Home home, VoiceInput voice) {
        return finish(session, input, out, home, voice, null);
    }

    /** As {@link #finish(InterviewSession, AnswerInput, PrintStream, Home, VoiceInput)}, speaking each question. */
    static int finish(
            InterviewSession session,
            AnswerInput input,
            PrintStream out,
            Home home,
            VoiceInput voice,
            QuestionVoice questionVoice) {
        new InterviewRunner(session, input, out, voice, questionVoice).run();
        InterviewReport report = session.report();
        new Printer(out).report(report);
        ReportFiles.Saved saved = ReportFiles.save(report, home.reports());
        out.println();
        out.println("Report saved: " + saved.markdown() + " and " + saved.json());
        return 0;
    }
}
