package dev.mocksy.examples.web.api;

import dev.mocksy.Mocksy;
import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.http.Api;
import dev.mocksy.examples.web.keys.Facades;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.Note;
import dev.mocksy.report.ReportFormat;
import dev.mocksy.store.HistoryQuery;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reports in every format, notes, bookmarks, history and progress: all on the caller's own sessions. */
public final class ReportRoutes {

    /** The report's HTML may style itself but runs nothing and is framed by nobody. */
    static final String REPORT_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'";

    private final Facades facades;
    private final Mail mail;

    public ReportRoutes(Facades facades, Mail mail) {
        this.facades = Objects.requireNonNull(facades, "facades");
        this.mail = Objects.requireNonNull(mail, "mail");
    }

    record NoteRequest(String questionId, String text) {}

    record BookmarkRequest(Boolean bookmarked) {}

    public void register(Api api) {
        api.account(
                        "GET",
                        "/api/interviews/{id}/report",
                        "The report as JSON (generated once the interview is" + " over)",
                        null,
                        "the report: scores, evidence, model answers, strengths, action items",
                        this::json)
                .account(
                        "GET",
                        "/api/interviews/{id}/report.html",
                        "The report as a self-contained HTML page with" + " charts",
                        null,
                        "text/html",
                        (ctx, account) -> file(ctx, account, ReportFormat.HTML))
                .account(
                        "GET",
                        "/api/interviews/{id}/report.pdf",
                        "The report as a PDF download",
                        null,
                        "application/pdf",
                        (ctx, account) -> file(ctx, account, ReportFormat.PDF))
                .account(
                        "POST",
                        "/api/interviews/{id}/report/email",
                        "E-mail the report to the account's own address (needs the server's SMTP settings)",
                        null,
                        "{sent: address}",
                        this::email)
                .error("502", "the mail server did not take the message; nothing was sent")
                .error("503", "e-mail is not configured on this server; the message says how to start it with SMTP")
                .account(
                        "GET",
                        "/api/interviews/{id}/notes",
                        "The notes and bookmarks of an interview",
                        null,
                        "{notes, bookmarks}",
                        this::notes)
                .account(
                        "POST",
                        "/api/interviews/{id}/notes",
                        "Add a note on the interview or one of its questions",
                        "{questionId: string|null, text: string}",
                        "the note",
                        this::addNote)
                .account(
                        "PUT",
                        "/api/interviews/{id}/bookmarks/{questionId}",
                        "Bookmark a question, or remove the" + " bookmark",
                        "{bookmarked: boolean}",
                        "{bookmarks}",
                        this::bookmark)
                .account(
                        "GET",
                        "/api/history",
                        "The caller's interviews, newest first; filter by role, type,"
                                + " technology, from and to (dates)",
                        null,
                        "[{id, state, plan, createdAt, overall}]",
                        this::history)
                .account(
                        "GET",
                        "/api/progress",
                        "Score trends, retakes, recurring weak topics, the recommended"
                                + " next interview and a study plan",
                        null,
                        "the progress report",
                        this::progress);
    }

    private void json(Context ctx, Account account) {
        Mocksy mocksy = facades.forAccount(account.id());
        InterviewSession session = Owned.session(mocksy, account, Api.path(ctx, "id"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("report", session.report());
        body.put("content", mocksy.reportContent(session.id()));
        ctx.json(body);
    }

    private void file(Context ctx, Account account, ReportFormat format) {
        Mocksy mocksy = facades.forAccount(account.id());
        String id = Owned.snapshot(mocksy, account, Api.path(ctx, "id")).sessionId();
        byte[] bytes = mocksy.renderReport(id, format);
        ctx.contentType(format.mediaType() + (format == ReportFormat.HTML ? "; charset=utf-8" : ""));
        ctx.header("Content-Security-Policy", REPORT_POLICY);
        if (format == ReportFormat.PDF) {
            ctx.header("Content-Disposition", "attachment; filename=\"mocksy-report-" + id + ".pdf\"");
        }
        ctx.result(bytes);
    }

    /** Only ever to the account's own address: the server relays nothing to an address a request names. */
    private void email(Context ctx, Account account) {
        Mocksy mocksy = facades.forAccount(account.id());
        String id = Owned.snapshot(mocksy, account, Api.path(ctx, "id")).sessionId();
        mail.sendReport(mocksy, id, account.email());
        ctx.json(Map.of("sent", account.email()));
    }

    private void notes(Context ctx, Account account) {
        InterviewSnapshot snapshot = Owned.snapshot(facades.forAccount(account.id()), account, Api.path(ctx, "id"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notes", snapshot.notes());
        body.put("bookmarks", snapshot.bookmarks());
        ctx.json(body);
    }

    private void addNote(Context ctx, Account account) {
        NoteRequest request = InterviewRoutes.body(ctx, NoteRequest.class);
        if (request.text() == null || request.text().isBlank() || request.text().length() > 5000) {
            throw PlatformException.badRequest("a note is 1 to 5000 characters");
        }
        Mocksy mocksy = facades.forAccount(account.id());
        InterviewSnapshot snapshot = Owned.snapshot(mocksy, account, Api.path(ctx, "id"));
        String questionId = request.questionId() == null || request.questionId().isBlank()
                ? null
                : request.questionId().strip();
        requireQuestion(snapshot, questionId);
        Note note =
                mocksy.addNote(snapshot.sessionId(), questionId, request.text().strip());
        ctx.status(201).json(note);
    }

    private void bookmark(Context ctx, Account account) {
        BookmarkRequest request = InterviewRoutes.body(ctx, BookmarkRequest.class);
        if (request.bookmarked() == null) {
            throw PlatformException.badRequest("bookmarked must be true or false");
        }
        Mocksy mocksy = facades.forAccount(account.id());
        InterviewSnapshot snapshot = Owned.snapshot(mocksy, account, Api.path(ctx, "id"));
        String questionId = Api.path(ctx, "questionId");
        requireQuestion(snapshot, questionId);
        mocksy.bookmark(snapshot.sessionId(), questionId, request.bookmarked());
        ctx.json(Map.of("bookmarks", mocksy.loadSession(snapshot.sessionId()).bookmarks()));
    }

    private static void requireQuestion(InterviewSnapshot snapshot, String questionId) {
        if (questionId != null
                && snapshot.turns().stream()
                        .noneMatch(turn -> turn.question().id().equals(questionId))) {
            throw PlatformException.notFound("question " + questionId + " in this interview");
        }
    }

    private void history(Context ctx, Account account) {
        HistoryQuery.Builder query = HistoryQuery.builder(account.id());
        String role = ctx.queryParam("role");
        String type = ctx.queryParam("type");
        String technology = ctx.queryParam("technology");
        if (role != null && !role.isBlank()) {
            query.role(dev.mocksy.interview.Role.parse(role));
        }
        if (type != null && !type.isBlank()) {
            query.type(dev.mocksy.interview.InterviewType.parse(type));
        }
        if (technology != null && !technology.isBlank()) {
            query.technology(technology.strip());
        }
        date(ctx.queryParam("from"), "from").ifPresent(query::from);
        date(ctx.queryParam("to"), "to").map(day -> day.plusSeconds(86_399)).ifPresent(query::to);
        List<Views.HistoryView> sessions = facades.forAccount(account.id()).history(query.build()).stream()
                .map(Views.HistoryView::of)
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
                .toList();
        ctx.json(sessions);
    }

    private static java.util.Optional<Instant> date(String text, String name) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(
                    LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            throw PlatformException.badRequest(name + " must be a date such as 2025-01-31");
        }
    }

    private void progress(Context ctx, Account account) {
        ctx.json(facades.forAccount(account.id()).progress(account.id()));
    }
}
