package dev.mocksy.examples.cli;

import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.Candidate;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Role;
import dev.mocksy.interview.SessionSummary;
import dev.mocksy.store.HistoryQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./mocksy history}: every interview with its date, plan and overall score, searchable. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "List your interviews with their date, plan and overall score; filter by role, type,"
                + " technology and date.")
final class HistoryCommand implements Callable<Integer> {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Terminal terminal;

    @Mixin
    Home home;

    @Option(names = "--json", description = "One JSON array, for scripts.")
    boolean json;

    @Option(names = "--role", paramLabel = "ROLE", description = "Only this role, e.g. backend.")
    String role;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "Only this type: behavioral, technical, system-design.")
    String type;

    @Option(names = "--tech", paramLabel = "NAME", description = "Only interviews on this technology, e.g. Kafka.")
    String technology;

    @Option(names = "--from", paramLabel = "DATE", description = "Only from this day on (YYYY-MM-DD, UTC).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only up to and including this day (YYYY-MM-DD, UTC).")
    String to;

    HistoryCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        HistoryQuery query = HistoryQuery.builder(Candidate.LOCAL)
                .role(role == null ? null : Role.parse(role))
                .type(type == null ? null : InterviewType.parse(type))
                .technology(technology)
                .from(day(from, "--from", 0))
                .to(day(to, "--to", 1))
                .build();
        List<SessionSummary> sessions = home.mocksy().history(query);
        if (json) {
            terminal.out()
                    .println(MocksyJson.mapper()
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(
                                    sessions.stream().map(HistoryCommand::row).toList()));
            return 0;
        }
        if (sessions.isEmpty()) {
            terminal.out().println("No interviews match. Start one with ./mocksy interview.");
        }
        for (SessionSummary session : sessions) {
            terminal.out()
                    .printf(
                            "%s  %s  %-34s %s%n",
                            session.id(),
                            DATE.format(session.createdAt()),
                            describe(session.plan()),
                            session.overallScore()
                                    .map(score -> score + "/100")
                                    .orElse(
                                            session.state().isTerminal()
                                                    ? "no report"
                                                    : session.state().name()));
        }
        return 0;
    }

    static String describe(InterviewPlan plan) {
        return plan.level().id() + " " + plan.role().id() + " " + plan.type().id()
                + (plan.technologies().isEmpty() ? "" : " (" + String.join(", ", plan.technologies()) + ")");
    }

    private static Map<String, Object> row(SessionSummary session) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", session.id());
        row.put("date", session.createdAt().toString());
        row.put("state", session.state().name());
        row.put("plan", session.plan());
        row.put("overall", session.overall());
        return row;
    }

    /** The start of a day (plus {@code days}), or null. */
    private static Instant day(String text, String option, int days) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip())
                    .plusDays(days)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2026-03-01, got '" + text + "'");
        }
    }
}
