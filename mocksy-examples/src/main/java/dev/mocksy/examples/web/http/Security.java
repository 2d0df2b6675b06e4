package dev.mocksy.examples.web.http;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.account.Accounts;
import dev.mocksy.examples.web.account.Logins;
import dev.mocksy.examples.web.account.Tokens;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling and whether they may: the login cookie (HttpOnly, SameSite=Lax, Secure behind HTTPS), the CSRF token
 * every state-changing request carries in {@value #CSRF_HEADER}, and the security headers of every response.
 */
public final class Security {

    /** The login cookie. */
    public static final String LOGIN_COOKIE = "mocksy_login";

    /** Before login: the cookie that carries the CSRF token of sign-up and login (double submit). */
    public static final String CSRF_COOKIE = "mocksy_csrf";

    /** The header state-changing requests carry the CSRF token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final String ACCOUNT = "mocksy.account";
    private static final String LOGIN = "mocksy.login";

    /**
     * Scripts only from this origin (ES modules, no inline script), no plug-ins, no framing; inline style attributes
     * are allowed for the charts' sizing. {@code connect-src 'self'} covers the WebSocket of the same host.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; object-src"
            + " 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Logins logins;
    private final Accounts accounts;
    private final boolean secureCookies;

    /**
     * @param secureCookies whether cookies carry {@code Secure}: on when the server is reached over HTTPS (directly or
     *     behind a proxy); off only for plain http on localhost
     */
    public Security(Logins logins, Accounts accounts, boolean secureCookies) {
        this.logins = Objects.requireNonNull(logins, "logins");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.secureCookies = secureCookies;
    }

    /** Sets the security headers on every response. */
    public void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(self), microphone=(self), geolocation=()");
        if (secureCookies) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** Finds the caller's login from the cookie, and refuses a state-changing request without its CSRF token. */
    public void authenticate(Context ctx) {
        Optional<Logins.Login> login =
                Optional.ofNullable(ctx.cookie(LOGIN_COOKIE)).flatMap(logins::find);
        login.ifPresent(found -> {
            ctx.attribute(LOGIN, found);
            accounts.find(found.accountId()).ifPresent(account -> ctx.attribute(ACCOUNT, account));
        });
        String method = ctx.method().name();
        boolean changes = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        if (changes && ctx.path().startsWith("/api/")) {
            String expected = login.map(Logins.Login::csrfToken).orElseGet(() -> ctx.cookie(CSRF_COOKIE));
            if (!Tokens.same(expected, ctx.header(CSRF_HEADER))) {
                throw PlatformException.forbidden("this request needs the CSRF token: read csrfToken from GET"
                        + " /api/session and send it in the " + CSRF_HEADER + " header");
            }
        }
    }

    /** The account of a login cookie's value, for a WebSocket whose upgrade carried it. */
    public Optional<Account> accountOfCookie(String loginCookie) {
        return Optional.ofNullable(loginCookie)
                .flatMap(logins::find)
                .flatMap(login -> accounts.find(login.accountId()));
    }

    /**
     * Whether a WebSocket upgrade comes from a page of this server: browsers send cookies with cross-site WebSocket
     * handshakes too, so the Origin must match the Host.
     */
    public static boolean sameOrigin(String origin, String host) {
        if (origin == null || host == null) {
            return false;
        }
        return origin.equals("http://" + host) || origin.equals("https://" + host);
    }

    /** The logged-in account of a request, or a 401. */
    public static Account account(Context ctx) {
        Account account = ctx.attribute(ACCOUNT);
        if (account == null) {
            throw PlatformException.unauthenticated("log in first (POST /api/login), or sign up (POST /api/accounts)");
        }
        return account;
    }

    /** The logged-in account, if any. */
    public static Optional<Account> optionalAccount(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ACCOUNT));
    }

    /** The caller's login, if any. */
    public static Optional<Logins.Login> login(Context ctx) {
        return Optional.ofNullable(ctx.attribute(LOGIN));
    }

    /** The CSRF token this caller must send: its login's, or a fresh pre-login one set as a cookie. */
    public String csrfToken(Context ctx) {
        Logins.Login login = ctx.attribute(LOGIN);
        if (login != null) {
            return login.csrfToken();
        }
        String existing = ctx.cookie(CSRF_COOKIE);
        if (existing != null && existing.length() >= 20 && existing.length() <= 100) {
            return existing;
        }
        String token = Tokens.create();
        setCookie(ctx, CSRF_COOKIE, token, null);
        return token;
    }

    /** Logs the account in on this response; the pre-login CSRF cookie is replaced by the login's token. */
    public Logins.Login logIn(Context ctx, Account account) {
        Logins.Login previous = ctx.attribute(LOGIN);
        if (previous != null) {
            logins.delete(previous.token());
        }
        Logins.Login login = logins.create(account.id());
        setCookie(ctx, LOGIN_COOKIE, login.token(), Logins.LIFETIME);
        setCookie(ctx, CSRF_COOKIE, "", Duration.ZERO);
        ctx.attribute(LOGIN, login);
        ctx.attribute(ACCOUNT, account);
        return login;
    }

    /** Ends the caller's login, on the server and in the browser. */
    public void logOut(Context ctx) {
        Logins.Login login = ctx.attribute(LOGIN);
        if (login != null) {
            logins.delete(login.token());
        }
        setCookie(ctx, LOGIN_COOKIE, "", Duration.ZERO);
    }

    private void setCookie(Context ctx, String name, String value, Duration maxAge) {
        StringBuilder cookie =
                new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly;" + " SameSite=Lax");
        if (maxAge != null) {
            cookie.append("; Max-Age=").append(maxAge.toSeconds());
        }
        if (secureCookies) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }
}
