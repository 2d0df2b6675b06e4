package dev.mocksy.examples.cli;

import dev.mocksy.interview.InterviewSession;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.report.ReportFiles;
import java.io.PrintStream;

/** What every interview ends with, new or continued: run to the end, then print and save the report. */
final class Sessions {

    private Sessions() {}

    static int finish(InterviewSession session, AnswerInput input, PrintStream out, Home home) {
        return finish(session, input, out, home, null);
    }

    /** Like {@link #finish(InterviewSession, AnswerInput, PrintStream, Home)} with spoken answers, or typed if null. */
    static int finish(InterviewSession session, AnswerInput input, PrintStream out, Home home, VoiceInput voice) {
        new InterviewRunner(session, input, out, voice).run();
        InterviewReport report = session.report();
        new Printer(out).report(report);
        ReportFiles.Saved saved = ReportFiles.save(report, home.reports());
        out.println();
        out.println("Report saved: " + saved.markdown() + " and " + saved.json());
        return 0;
    }
}
