package dev.mocksy.examples.web.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.examples.web.account.Accounts;
import dev.mocksy.examples.web.db.PlatformDatabase;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.spi.Capability;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many users' facades on one store: one connection pool, and a facade dropped from the cache still works. */
class FacadesTest {

    @TempDir
    Path home;

    private Supplier<Mocksy.Builder> base;
    private PlatformDatabase database;
    private Facades facades;
    private UserSettings settings;
    private Accounts accounts;

    @BeforeEach
    void open() {
        String url = "jdbc:sqlite:" + home.resolve("mocksy.db");
        base = () -> Mocksy.builder()
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
        Facades small = new Facades(facades.shared(), base, settings, 4);
        Map<String, Mocksy> held = new LinkedHashMap<>();
        Map<String, String> sessions = new LinkedHashMap<>();
        for (int n = 0; n < 8; n++) {
            String id = userWithOwnKey(n);
            Mocksy mocksy = small.forAccount(id);
            held.put(id, mocksy);
            sessions.put(
                    id,
                    mocksy.startInterview(
                                    InterviewPlan.builder()
                                            .role("backend")
                                            .questionCount(2)
                                            .build(),
                                    null,
                                    id)
                            .id());
        }

        assertThat(small.cached()).isLessThanOrEqualTo(4);
        List<String> dropped =
                held.keySet().stream().filter(id -> !small.holds(held.get(id))).toList();
        assertThat(dropped).hasSizeGreaterThanOrEqualTo(4);
        for (String id : dropped) {
            held.get(id).addNote(sessions.get(id), null, "still usable after eviction");
            assertThat(facades.shared().loadSession(sessions.get(id)).notes())
                    .extracting(note -> note.text())
                    .containsExactly("still usable after eviction");
        }
        String again = dropped.get(0);
        assertThat(small.forAccount(again)).as("dropped, so built again").isNotSameAs(held.get(again));
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
