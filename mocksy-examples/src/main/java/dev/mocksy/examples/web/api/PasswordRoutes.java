package dev.mocksy.examples.web.api;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.account.Accounts;
import dev.mocksy.examples.web.account.LoginThrottle;
import dev.mocksy.examples.web.account.Logins;
import dev.mocksy.examples.web.account.PasswordResets;
import dev.mocksy.examples.web.http.Api;
import dev.mocksy.examples.web.http.Security;
import dev.mocksy.examples.web.keys.Facades;
import dev.mocksy.report.ReportEmail;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changing the password when logged in, and resetting a forgotten one by a single-use link sent by e-mail. A reset
 * request answers the same whether or not the address has an account, and at once: the look-up and the mail happen
 * afterwards on a thread of their own, so neither the answer nor its timing says which addresses exist.
 */
public final class PasswordRoutes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordRoutes.class);

    /** What every reset request is told. */
    static final String RESET_REQUESTED = "if an account has this address, a link to choose a new password is on its"
            + " way; it works once, for " + PasswordResets.LIFETIME.toMinutes() + " minutes";

    private final Accounts accounts;
    private final Logins logins;
    private final PasswordResets resets;
    private final LoginThrottle throttle;
    private final Facades facades;
    private final Mail mail;
    private final Supplier<String> publicUrl;
    private final Function<Context, String> client;
    /** Reset requests waiting for the sending thread; beyond them a request is refused (whatever its address). */
    static final int QUEUE = 200;

    private final ExecutorService sender =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "mocksy-password-reset-mail");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * @param publicUrl the address users reach the server at, e.g. {@code https://mocksy.example.com}, for the links
     * @param client the client address of a request, as login throttling counts it
     */
    public PasswordRoutes(
            Accounts accounts,
            Logins logins,
            PasswordResets resets,
            LoginThrottle throttle,
            Facades facades,
            Mail mail,
            Supplier<String> publicUrl,
            Function<Context, String> client) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.logins = Objects.requireNonNull(logins, "logins");
        this.resets = Objects.requireNonNull(resets, "resets");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.facades = Objects.requireNonNull(facades, "facades");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
        this.client = Objects.requireNonNull(client, "client");
    }

    record ChangeRequest(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "ChangeRequest[***]";
        }
    }

    record ResetRequest(String email) {}

    record ConfirmRequest(String token, String password) {
        @Override
        public String toString() {
            return "ConfirmRequest[***]";
        }
    }

    public void register(Api api) {
        api.account(
                        "PUT",
                        "/api/me/password",
                        "Change the password (the current one is needed); every other login of the account ends",
                        "{currentPassword, newPassword (10+ characters)}",
                        "{changed: true, otherLoginsEnded}",
                        this::change)
                .error("429", "too many wrong passwords; wait for Retry-After seconds")
                .open(
                        "POST",
                        "/api/password-reset",
                        "Ask for a password reset link by e-mail; the answer is the same whether or not the address"
                                + " has an account",
                        "{email}",
                        "{message}: the same for every address",
                        this::requestReset)
                .error("429", "too many reset requests are waiting on this server; try again in a minute")
                .error("503", "e-mail is not configured on this server, so no link can be sent")
                .open(
                        "POST",
                        "/api/password-reset/confirm",
                        "Set a new password with the token of a reset link; it works once, and every login of the"
                                + " account ends",
                        "{token, password (10+ characters)}",
                        "{reset: true}",
                        this::confirm);
    }

    private void change(Context ctx, Account account) {
        ChangeRequest request = InterviewRoutes.body(ctx, ChangeRequest.class);
        // The new password is checked first, so a weak one does not cost a try of the current one.
        Accounts.checkPassword(request.newPassword());
        String from = client.apply(ctx);
        throttle.check(account.email(), from);
        if (!accounts.passwordMatches(account.id(), request.currentPassword())) {
            throttle.failed(account.email(), from);
            throw PlatformException.badRequest("the current password is wrong; type the one you log in with, or log"
                    + " out and use \"Forgot your password?\"");
        }
        accounts.setPassword(account.id(), request.newPassword());
        String kept = Security.login(ctx).map(Logins.Login::token).orElse(null);
        int ended = logins.deleteAll(account.id(), kept);
        resets.revokeAll(account.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("changed", true);
        body.put("otherLoginsEnded", ended);
        ctx.json(body);
    }

    private void requestReset(Context ctx) {
        mail.requireConfigured();
        ResetRequest request = InterviewRoutes.body(ctx, ResetRequest.class);
        if (request.email() == null
                || request.email().isBlank()
                || request.email().length() > 320) {
            throw PlatformException.badRequest("give the e-mail address you signed up with");
        }
        String address = request.email().strip();
        String base = publicUrl.get();
        try {
            sender.execute(() -> sendLink(address, base));
        } catch (RejectedExecutionException e) {
            throw PlatformException.tooMany(
                    "too many password reset requests at the moment; try again in a minute", 60);
        }
        ctx.json(Map.of("message", RESET_REQUESTED));
    }

    private void sendLink(String address, String base) {
        try {
            Optional<Account> account = accounts.findByEmail(address);
            if (account.isEmpty()) {
                return;
            }
            Optional<String> token = resets.issue(account.get().id());
            if (token.isEmpty()) {
                LOG.info(
                        "a password reset link was asked for an account that has {} unexpired ones; none sent",
                        PasswordResets.MAX_OUTSTANDING);
                return;
            }
            mail.send(facades.shared(), message(account.get(), base + "/reset-password.html#" + token.get()));
        } catch (RuntimeException e) {
            // The requester was answered already; whoever runs the server reads why no link went out.
            LOG.warn("a password reset link was not sent: {}", e.getMessage());
        }
    }

    private static ReportEmail message(Account account, String link) {
        long minutes = PasswordResets.LIFETIME.toMinutes();
        String text = "Someone, hopefully you, asked to reset the password of the Mocksy account " + account.email()
                + ".\n\nOpen this link within " + minutes + " minutes to choose a new password (it works once):\n\n"
                + link + "\n\nIf it was not you, ignore this message: your password stays as it is.\n";
        String html = "<!DOCTYPE html><html><body><p>Someone, hopefully you, asked to reset the password of the"
                + " Mocksy account " + escape(account.email()) + ".</p><p><a href=\"" + escape(link)
                + "\">Choose a new password</a> within " + minutes + " minutes (the link works once).</p><p>If it was"
                + " not you, ignore this message: your password stays as it is.</p></body></html>";
        return new ReportEmail(account.email(), "Reset your Mocksy password", text, html, List.of());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private void confirm(Context ctx) {
        ConfirmRequest request = InterviewRoutes.body(ctx, ConfirmRequest.class);
        // A weak password is refused before the token is used up, so the same link can be tried again.
        Accounts.checkPassword(request.password());
        String accountId = resets.redeem(request.token())
                .orElseThrow(() -> PlatformException.badRequest("this reset link does not work: it was used already,"
                        + " is older than " + PasswordResets.LIFETIME.toMinutes() + " minutes, or was cut short;"
                        + " ask for a new one with \"Forgot your password?\""));
        accounts.setPassword(accountId, request.password());
        logins.deleteAll(accountId, null);
        resets.revokeAll(accountId);
        // The owner proved they read the mailbox: the lock of failed logins on the address is lifted.
        accounts.find(accountId).ifPresent(account -> throttle.succeeded(account.email()));
        ctx.json(Map.of("reset", true));
    }

    /** Lets the links being sent go out (a few seconds at most), then stops the sending thread. */
    @Override
    public void close() {
        sender.shutdown();
        try {
            if (!sender.awaitTermination(5, TimeUnit.SECONDS)) {
                sender.shutdownNow();
            }
        } catch (InterruptedException e) {
            sender.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
