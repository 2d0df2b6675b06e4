package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.report.ReportFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./mocksy report ID}: an interview's report on screen, as PDF or HTML, or by e-mail. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Show an interview's report, save it as PDF or HTML (with charts), or e-mail it. E-mail needs"
                + " MOCKSY_SMTP_HOST and MOCKSY_SMTP_FROM (and MOCKSY_SMTP_USERNAME/MOCKSY_SMTP_PASSWORD).")
final class ReportCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Parameters(paramLabel = "ID", description = "The session id, as `./mocksy history` lists it.")
    String sessionId;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Save the report as a PDF file.")
    Path pdf;

    @Option(names = "--html", paramLabel = "FILE", description = "Save the report as a self-contained HTML page.")
    Path html;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "Send the report (HTML, PDF attached) by e-mail.")
    String email;

    ReportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Mocksy mocksy = home.mocksy();
        InterviewReport report = mocksy.session(sessionId).report();
        if (pdf == null && html == null && email == null) {
            new Printer(terminal.out()).report(report);
            return 0;
        }
        if (pdf != null) {
            terminal.out().println("PDF report saved: " + mocksy.saveReport(sessionId, ReportFormat.PDF, pdf));
        }
        if (html != null) {
            terminal.out().println("HTML report saved: " + mocksy.saveReport(sessionId, ReportFormat.HTML, html));
        }
        if (email != null) {
            mocksy.emailReport(sessionId, email);
            terminal.out().println("Report sent to " + email + ".");
        }
        return 0;
    }
}
