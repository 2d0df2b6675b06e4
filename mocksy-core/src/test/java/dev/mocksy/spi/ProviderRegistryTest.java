package dev.mocksy.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.ProviderSelectionException;
import dev.mocksy.store.FileInterviewStore;
import dev.mocksy.store.InMemoryInterviewStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderRegistryTest {

    /** A capability for these tests, with providers registered in src/test/resources/META-INF/services. */
    public interface Widget {
        String name();
    }

    /** Several widgets of equal priority, one offline fallback, and one that cannot be loaded. */
    public interface WidgetProvider extends ProviderFactory<Widget> {}

    /** Exactly one widget. */
    public interface LonelyWidgetProvider extends ProviderFactory<Widget> {}

    /** No widget at all. */
    public interface GhostWidgetProvider extends ProviderFactory<Widget> {}

    /** A real widget and an offline fallback. */
    public interface GadgetProvider extends ProviderFactory<Widget> {}

    private static Capability<Widget> capability(Class<? extends ProviderFactory<Widget>> type) {
        return new Capability<>("Widget", type, "mocksy.widget", "mocksy-widgets");
    }

    public static class Named implements ProviderFactory<Widget> {
        private final String id;
        private final int priority;

        Named(String id, int priority) {
            this.id = id;
            this.priority = priority;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Widget create(ProviderContext context) {
            return () -> id + context.config().get("mocksy.widget.suffix").orElse("");
        }

        @Override
        public int priority() {
            return priority;
        }
    }

    public static final class Alpha extends Named implements WidgetProvider, LonelyWidgetProvider, GadgetProvider {
        public Alpha() {
            super("alpha", 0);
        }
    }

    public static final class Beta extends Named implements WidgetProvider {
        public Beta() {
            super("beta", 0);
        }
    }

    public static final class Offline extends Named implements WidgetProvider, GadgetProvider {
        public Offline() {
            super("offline", -10);
        }
    }

    public static final class Broken extends Named implements WidgetProvider {
        public Broken() {
            super("broken", 0);
            throw new IllegalStateException("broken widget: missing native library");
        }
    }

    private final ProviderRegistry registry = ProviderRegistry.create();
    private final ProviderConfig none = ProviderConfig.isolated(Map.of());

    @Test
    void should_return_empty_or_fail_with_the_artifact_to_add_when_none_is_present() {
        Capability<Widget> ghost = capability(GhostWidgetProvider.class);

        assertThat(registry.createIfPresent(ghost, none)).isEmpty();
        assertThatThrownBy(() -> registry.create(ghost, none))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessage("no Widget provider found; add mocksy-widgets to the class path, "
                        + "or pass an instance to the Mocksy builder");
    }

    @Test
    void should_use_the_only_provider_present() {
        assertThat(registry.create(capability(LonelyWidgetProvider.class), none).name())
                .isEqualTo("alpha");
    }

    @Test
    void should_prefer_a_real_provider_over_an_offline_fallback() {
        assertThat(registry.create(capability(GadgetProvider.class), none).name())
                .isEqualTo("alpha");
    }

    @Test
    void should_refuse_to_guess_between_several_and_say_how_to_choose() {
        assertThatThrownBy(() -> registry.create(capability(WidgetProvider.class), none))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("several Widget providers found: 'alpha', 'beta'")
                .hasMessageContaining("-Dmocksy.widget=<id>")
                .hasMessageContaining("MOCKSY_WIDGET")
                .satisfies(e -> assertThat(((ProviderSelectionException) e).found())
                        .containsExactlyInAnyOrder("alpha", "beta", "offline"));
    }

    @Test
    void should_use_the_configured_provider_and_pass_it_the_settings() {
        ProviderConfig config =
                ProviderConfig.isolated(Map.of("mocksy.widget", "BETA", "mocksy.widget.suffix", "-configured"));

        assertThat(registry.create(capability(WidgetProvider.class), config).name())
                .isEqualTo("beta-configured");
        assertThat(registry.create(capability(WidgetProvider.class), config.with("mocksy.widget", "offline"))
                        .name())
                .isEqualTo("offline-configured");
    }

    @Test
    void should_fail_when_the_configured_provider_is_missing_and_list_what_is_there() {
        ProviderConfig config = ProviderConfig.isolated(Map.of("mocksy.widget", "gamma"));

        assertThatThrownBy(() -> registry.create(capability(WidgetProvider.class), config))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("mocksy.widget chooses Widget provider 'gamma'")
                .hasMessageContaining("'alpha', 'beta', 'offline'")
                .hasMessageContaining("broken widget: missing native library");
    }

    @Test
    void should_report_a_broken_provider_by_name_without_losing_the_others() {
        Capability<Widget> widgets = capability(WidgetProvider.class);

        assertThat(registry.ids(widgets)).containsExactly("alpha", "beta", "offline");
        assertThat(registry.broken(widgets))
                .singleElement()
                .asString()
                .contains(Broken.class.getName())
                .contains("broken widget: missing native library");
    }

    @Test
    void should_read_the_choice_from_system_properties_too() {
        System.setProperty("mocksy.widget", "alpha");
        try {
            assertThat(registry.create(capability(WidgetProvider.class), ProviderConfig.of(Map.of()))
                            .name())
                    .isEqualTo("alpha");
        } finally {
            System.clearProperty("mocksy.widget");
        }
    }

    @Test
    void should_keep_sessions_in_memory_by_default_and_in_files_when_chosen(@TempDir Path home) {
        assertThat(registry.create(Capability.INTERVIEW_STORE, none)).isInstanceOf(InMemoryInterviewStore.class);

        ProviderConfig file = ProviderConfig.isolated(Map.of("mocksy.store", "file", "mocksy.home", home.toString()));
        assertThat(registry.create(Capability.INTERVIEW_STORE, file))
                .isInstanceOfSatisfying(FileInterviewStore.class, store -> assertThat(store.directory())
                        .isEqualTo(home.resolve("sessions")));
    }

    @Test
    void should_never_print_setting_values() {
        ProviderConfig config = ProviderConfig.isolated(Map.of("mocksy.openai.api-key", "sk-canary-123"));

        assertThat(config.toString()).doesNotContain("sk-canary-123").contains("mocksy.openai.api-key");
    }
}
