package dev.mocksy.examples.cli;

import dev.mocksy.interview.InterviewSession;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.report.ReportFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** What every interview ends with, new or continued: run to the end, then print and save the report. */
final class Sessions {

    private Sessions() {}

    static int finish(InterviewSession session, AnswerInput input, PrintStream out, Home home) {
        new InterviewRunner(session, input, out).run();
        InterviewReport report = session.report();
        new Printer(out).report(report);
        List<Path> files = ReportFiles.save(report, home.reports());
        out.println();
        out.println("Report saved: " + files.stream().map(Path::toString).reduce((a, b) -> a + " and " + b).orElse(""));
        return 0;
    }
}
