package dev.mocksy.examples.web.api;

import dev.mocksy.Mocksy;
import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.account.Accounts;
import dev.mocksy.examples.web.http.Api;
import dev.mocksy.examples.web.keys.Facades;
import dev.mocksy.examples.web.keys.UserSettings;
import dev.mocksy.examples.web.sets.QuestionSets;
import dev.mocksy.examples.web.share.Shares;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.SessionSummary;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sharing a report by a read-only link (revocable, with comments from the people it was shared with) and the opt-in
 * leaderboards.
 */
public final class ShareRoutes {

    private final Facades facades;
    private final Shares shares;
    private final Accounts accounts;
    private final UserSettings settings;
    private final QuestionSets questionSets;

    public ShareRoutes(
            Facades facades, Shares shares, Accounts accounts, UserSettings settings, QuestionSets questionSets) {
        this.facades = Objects.requireNonNull(facades, "facades");
        this.shares = Objects.requireNonNull(shares, "shares");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.questionSets = Objects.requireNonNull(questionSets, "questionSets");
    }

    record CommentRequest(String author, String body) {}

    /** One row of a leaderboard. */
    record Entry(String name, int best, int interviews) {}

    /**
     * One leaderboard: of a named question set ({@code kind} {@code questionSet}, the key {@code set:} and the set's
     * fingerprint, the title its name) or of a plan ({@code kind} {@code plan}, the key role/type/level/difficulty).
     */
    record Board(String setKey, String kind, String title, List<Entry> entries) {}

    public void register(Api api) {
        api.account(
                        "POST",
                        "/api/interviews/{id}/shares",
                        "Make a read-only link to the interview's report",
                        null,
                        "{id, token, url}: the link is shown once",
                        this::create)
                .account(
                        "GET",
                        "/api/interviews/{id}/comments",
                        "The comments reviewers left on the interview's" + " shared links",
                        null,
                        "[{author, body, writtenAt}]",
                        this::comments)
                .account(
                        "GET",
                        "/api/shares",
                        "The caller's links (without their tokens)",
                        null,
                        "[{id, sessionId, createdAt, revokedAt}]",
                        (ctx, account) -> ctx.json(shares.list(account.id())))
                .account(
                        "DELETE",
                        "/api/shares/{shareId}",
                        "Revoke a link: it stops working at once",
                        null,
                        "{revoked: id}",
                        this::revoke)
                .open(
                        "GET",
                        "/api/shared/{token}",
                        "A shared report, read-only, with its comments",
                        null,
                        "{owner, report, comments}",
                        this::shared)
                .open(
                        "POST",
                        "/api/shared/{token}/comments",
                        "Comment on a shared report (peer review)",
                        "{author: string, body: string}",
                        "the comment",
                        this::comment)
                .account(
                        "GET",
                        "/api/leaderboard",
                        "The best scores of the users who opted in: a board per named question set (by its"
                                + " content, whoever uploaded it) and one per plan (role/type/level/difficulty) for"
                                + " the other interviews",
                        null,
                        "[{setKey, kind: questionSet|plan, title, entries: [{name, best, interviews}]}]",
                        this::leaderboard);
    }

    private void create(Context ctx, Account account) {
        Mocksy mocksy = facades.forAccount(account.id());
        InterviewSnapshot snapshot = Owned.snapshot(mocksy, account, Api.path(ctx, "id"));
        if (!snapshot.state().isTerminal()) {
            throw PlatformException.conflict("a report can be shared once the interview is over");
        }
        Shares.Share share = shares.create(account.id(), snapshot.sessionId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", share.id());
        body.put("token", share.token());
        body.put("url", "/shared.html#" + share.token());
        ctx.status(201).json(body);
    }

    private void comments(Context ctx, Account account) {
        InterviewSnapshot snapshot = Owned.snapshot(facades.forAccount(account.id()), account, Api.path(ctx, "id"));
        ctx.json(shares.comments(account.id(), snapshot.sessionId()));
    }

    private void revoke(Context ctx, Account account) {
        String id = Api.path(ctx, "shareId");
        shares.revoke(account.id(), id);
        ctx.json(Map.of("revoked", id));
    }

    private void shared(Context ctx) {
        Shares.Opened opened = open(ctx);
        Mocksy mocksy = facades.shared();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "owner",
                accounts.find(opened.accountId()).map(Account::displayName).orElse("a candidate"));
        body.put("report", mocksy.session(opened.sessionId()).report());
        body.put("comments", shares.comments(opened.accountId(), opened.sessionId()));
        ctx.json(body);
    }

    private void comment(Context ctx) {
        Shares.Opened opened = open(ctx);
        CommentRequest request = InterviewRoutes.body(ctx, CommentRequest.class);
        ctx.status(201).json(shares.comment(opened.shareId(), request.author(), request.body()));
    }

    private Shares.Opened open(Context ctx) {
        return shares.open(ctx.pathParam("token"))
                .orElseThrow(() -> PlatformException.notFound("this shared report (the link may have been revoked)"));
    }

    private void leaderboard(Context ctx, Account account) {
        List<String> opted = settings.leaderboardAccounts();
        Map<String, QuestionSets.Board> runs = questionSets.boardsOf(opted);
        Map<String, List<Entry>> boards = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (String accountId : opted) {
            String name = accounts.find(accountId).map(Account::displayName).orElse(null);
            if (name == null) {
                continue;
            }
            Map<String, List<SessionSummary>> bySet = new LinkedHashMap<>();
            for (SessionSummary summary : facades.shared().history(accountId)) {
                if (summary.overall() != null && summary.state().isTerminal()) {
                    QuestionSets.Board run = runs.get(summary.id());
                    String key = run == null ? Views.setKey(summary.plan()) : "set:" + run.fingerprint();
                    // The name the set had when its latest counted interview started.
                    titles.put(key, run == null ? key : run.name());
                    bySet.computeIfAbsent(key, k -> new ArrayList<>()).add(summary);
                }
            }
            bySet.forEach((key, sessions) -> boards.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Entry(
                            name,
                            sessions.stream()
                                    .mapToInt(SessionSummary::overall)
                                    .max()
                                    .orElse(0),
                            sessions.size())));
        }
        List<Board> result = boards.entrySet().stream()
                .map(entry -> new Board(
                        entry.getKey(),
                        entry.getKey().startsWith("set:") ? "questionSet" : "plan",
                        titles.get(entry.getKey()),
                        entry.getValue().stream()
                                .sorted(Comparator.comparingInt(Entry::best).reversed())
                                .limit(20)
                                .toList()))
                .sorted(Comparator.comparing(Board::kind).reversed().thenComparing(Board::title))
                .toList();
        ctx.json(result);
    }
}
