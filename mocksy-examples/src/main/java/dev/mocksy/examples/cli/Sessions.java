package dev.mocksy.examples.cli;

import dev.mocksy.interview.InterviewSession;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.report.ReportFiles;
import java.io.PrintStream;

/** What every interview ends with, new or continued: run to the end, then print and save the report. */
final class Sessions {

    private Sessions() {}

    static int finish(InterviewSession session, AnswerInput input, PrintStream out, Home home) {
        new InterviewRunner(session, input, out).run();
        InterviewReport report = session.report();
        new Printer(out).report(report);
        ReportFiles.Saved saved = ReportFiles.save(report, home.reports());
        out.println();
        out.println("Report saved: " + saved.markdown() + " and " + saved.json());
        return 0;
    }
}
