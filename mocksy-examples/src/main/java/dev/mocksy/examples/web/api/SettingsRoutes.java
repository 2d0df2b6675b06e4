package dev.mocksy.examples.web.api;

import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.http.Api;
import dev.mocksy.examples.web.keys.UserSettings;
import io.javalin.http.Context;
import java.util.Objects;

/** The user's settings: their own language model keys (masked), the model choice, leaderboard opt-in. */
public final class SettingsRoutes {

    private final UserSettings settings;

    public SettingsRoutes(UserSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    record ModelRequest(String provider, String model) {}

    record KeyRequest(String apiKey) {
        @Override
        public String toString() {
            return "KeyRequest[***]";
        }
    }

    record LeaderboardRequest(Boolean optIn) {}

    public void register(Api api) {
        api.account(
                        "GET",
                        "/api/settings",
                        "The caller's settings; keys shown masked",
                        null,
                        "{provider, model, leaderboard, keys: [{provider, masked, storedAt}]}",
                        (ctx, account) -> ctx.json(settings.settings(account.id())))
                .account(
                        "PUT",
                        "/api/settings/model",
                        "Choose the language model for your interviews: offline, or a"
                                + " provider whose key you stored",
                        "{provider: offline|openai|gemini|claude, model:" + " string|null}",
                        "the settings",
                        this::model)
                .account(
                        "PUT",
                        "/api/settings/keys/{provider}",
                        "Store your own API key for a provider (encrypted at" + " rest, never shown again)",
                        "{apiKey: string}",
                        "{provider, masked, storedAt}",
                        this::saveKey)
                .account(
                        "DELETE",
                        "/api/settings/keys/{provider}",
                        "Delete your key for a provider",
                        null,
                        "the settings",
                        this::deleteKey)
                .account(
                        "PUT",
                        "/api/settings/leaderboard",
                        "Show or hide your scores on leaderboards",
                        "{optIn: boolean}",
                        "the settings",
                        this::leaderboard);
    }

    private void model(Context ctx, Account account) {
        ModelRequest request = InterviewRoutes.body(ctx, ModelRequest.class);
        ctx.json(settings.chooseModel(account.id(), request.provider(), request.model()));
    }

    private void saveKey(Context ctx, Account account) {
        KeyRequest request = InterviewRoutes.body(ctx, KeyRequest.class);
        ctx.json(settings.saveKey(account.id(), Api.path(ctx, "provider"), request.apiKey()));
    }

    private void deleteKey(Context ctx, Account account) {
        if (!settings.deleteKey(account.id(), Api.path(ctx, "provider"))) {
            throw PlatformException.notFound("a stored " + ctx.pathParam("provider") + " key");
        }
        ctx.json(settings.settings(account.id()));
    }

    private void leaderboard(Context ctx, Account account) {
        LeaderboardRequest request = InterviewRoutes.body(ctx, LeaderboardRequest.class);
        if (request.optIn() == null) {
            throw PlatformException.badRequest("optIn must be true or false");
        }
        ctx.json(settings.leaderboard(account.id(), request.optIn()));
    }
}
