package dev.mocksy.examples.web.api;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.account.Accounts;
import dev.mocksy.examples.web.account.LoginThrottle;
import dev.mocksy.examples.web.account.Resumes;
import dev.mocksy.examples.web.http.Api;
import dev.mocksy.examples.web.http.Security;
import dev.mocksy.examples.web.keys.Facades;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Sign-up, login, logout, the caller's session, and deleting an account with all its data. */
public final class AccountRoutes {

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final Security security;
    private final Facades facades;
    private final Resumes resumes;
    private final Mail mail;
    private final Function<Context, String> client;

    /** @param client the client address of a request, as login throttling counts it */
    public AccountRoutes(
            Accounts accounts,
            LoginThrottle throttle,
            Security security,
            Facades facades,
            Resumes resumes,
            Mail mail,
            Function<Context, String> client) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.security = Objects.requireNonNull(security, "security");
        this.facades = Objects.requireNonNull(facades, "facades");
        this.resumes = Objects.requireNonNull(resumes, "resumes");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.client = Objects.requireNonNull(client, "client");
    }

    record Credentials(String email, String password, String displayName) {
        @Override
        public String toString() {
            return "Credentials[" + email + ", password ***]";
        }
    }

    public void register(Api api) {
        api.open(
                        "GET",
                        "/api/session",
                        "Who is logged in, the CSRF token to send with every change, and whether the server"
                                + " sends e-mail",
                        null,
                        "{authenticated, account, csrfToken, mail: boolean}",
                        this::session)
                .open(
                        "POST",
                        "/api/accounts",
                        "Sign up (and log in)",
                        "{email, password (10+ characters)," + " displayName}",
                        "{account, csrfToken}",
                        this::signUp)
                .open(
                        "POST",
                        "/api/login",
                        "Log in; five failures in 15 minutes lock the address for a while, twenty lock the client",
                        "{email, password}",
                        "{account, csrfToken}",
                        this::logIn)
                .open("POST", "/api/logout", "Log out", null, "{authenticated: false}", this::logOut)
                .account(
                        "DELETE",
                        "/api/me",
                        "Delete the account and every interview, answer, report, recording and" + " key of it",
                        null,
                        "what was deleted",
                        this::deleteMe);
    }

    private void session(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authenticated", Security.optionalAccount(ctx).isPresent());
        body.put("account", Security.optionalAccount(ctx).orElse(null));
        body.put("csrfToken", security.csrfToken(ctx));
        body.put("mail", mail.configured());
        ctx.json(body);
    }

    private void signUp(Context ctx) {
        Credentials credentials = InterviewRoutes.body(ctx, Credentials.class);
        Account account = accounts.signUp(credentials.email(), credentials.password(), credentials.displayName());
        ctx.status(201);
        loggedIn(ctx, account);
    }

    private void logIn(Context ctx) {
        Credentials credentials = InterviewRoutes.body(ctx, Credentials.class);
        String from = client.apply(ctx);
        throttle.check(credentials.email(), from);
        Account account = accounts.authenticate(credentials.email(), credentials.password())
                .orElse(null);
        if (account == null) {
            throttle.failed(credentials.email(), from);
            throw PlatformException.unauthenticated("the e-mail address or the password is wrong");
        }
        throttle.succeeded(credentials.email());
        loggedIn(ctx, account);
    }

    private void loggedIn(Context ctx, Account account) {
        var login = security.logIn(ctx, account);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authenticated", true);
        body.put("account", account);
        body.put("csrfToken", login.csrfToken());
        ctx.json(body);
    }

    private void logOut(Context ctx) {
        security.logOut(ctx);
        ctx.json(Map.of("authenticated", false));
    }

    private void deleteMe(Context ctx, Account account) {
        var deletion = facades.shared().deleteCandidate(account.id());
        resumes.delete(account.id());
        security.logOut(ctx);
        accounts.delete(account.id());
        ctx.json(Map.of(
                "sessions",
                deletion.sessions().size(),
                "files",
                deletion.files().size()));
    }
}
