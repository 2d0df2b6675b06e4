package dev.mocksy.examples.web.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.examples.web.account.Accounts;
import dev.mocksy.examples.web.db.PlatformDatabase;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.spi.Capability;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many users' facades on one store: one connection pool, and a facade dropped from the cache still works. */
class FacadesTest {

    @TempDir
    Path home;

    private PlatformDatabase database;
    private Facades facades;
    private UserSettings settings;
    private Accounts accounts;

    @BeforeEach
    void open() {
        String url = "jdbc:sqlite:" + home.resolve("mocksy.db");
        Supplier<Mocksy.Builder> base = () -> Mocksy.builder()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting(Capability.INTERVIEW_STORE.property(), "jdbc")
                .setting("mocksy.store.url", url)
                // an address nothing listens on: these tests never reach a language model
                .setting("mocksy.openai.base-url", "http://127.0.0.1:9/v1");
        Mocksy shared = Facades.offline(base);
        database = PlatformDatabase.open(url);
        settings = new UserSettings(database, new KeyCipher(MasterKey.load(name -> null, home)), Clock.systemUTC());
        facades = new Facades(shared, base, settings);
        accounts = new Accounts(database, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        facades.close();
        database.close();
    }

    private String userWithOwnKey(int n) {
        String id = accounts.signUp("user" + n + "@example.com", "correct horse battery " + n, "User " + n)
                .id();
        settings.saveKey(id, "openai", "sk-test-key-of-user-" + n);
        settings.chooseModel(id, "openai", "gpt-4o-mini");
        return id;
    }

    /** Each Hikari pool keeps one housekeeping thread, named after the pool. */
    private static long storePools() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("mocksy-store")
                        && thread.getName().endsWith("housekeeper"))
                .count();
    }

    @Test
    void should_give_users_with_their_own_key_light_facades_on_the_one_store_pool() {
        long pools = storePools();
        assertThat(pools).as("the shared facade's pool").isPositive();
        List<Mocksy> own = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            own.add(facades.forAccount(userWithOwnKey(n)));
        }

        assertThat(own).doesNotHaveDuplicates().doesNotContain(facades.shared());
        assertThat(own).allSatisfy(mocksy -> assertThat(mocksy.languageModel()).isPresent());
        assertThat(facades.shared().languageModel()).isEmpty();
        assertThat(storePools()).as("no pool of their own").isEqualTo(pools);
    }

    @Test
    void should_keep_serving_a_facade_a_request_still_holds_after_the_cache_dropped_it() {
        String first = userWithOwnKey(0);
        Mocksy held = facades.forAccount(first);
        InterviewSession session = held.startInterview(
                InterviewPlan.builder().role("backend").questionCount(2).build(), null, first);
        for (int n = 1; n <= Facades.MAX; n++) {
            facades.forAccount(userWithOwnKey(n));
        }

        assertThat(facades.cached()).isEqualTo(Facades.MAX);
        assertThat(facades.forAccount(first)).as("dropped, so built again").isNotSameAs(held);
        held.addNote(session.id(), null, "still usable after eviction");
        assertThat(facades.shared().loadSession(session.id()).notes())
                .extracting(note -> note.text())
                .containsExactly("still usable after eviction");
    }

    @Test
    void should_replace_a_users_facade_when_the_model_changes_and_use_the_shared_one_offline() {
        String id = userWithOwnKey(0);
        Mocksy before = facades.forAccount(id);

        settings.chooseModel(id, "openai", "gpt-4.1");
        Mocksy after = facades.forAccount(id);
        settings.chooseModel(id, "offline", null);

        assertThat(after).isNotSameAs(before);
        assertThat(facades.forAccount(id)).isSameAs(facades.shared());
        assertThat(facades.cached()).isEqualTo(1);
    }
}
