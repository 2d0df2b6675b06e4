package dev.mocksy.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.AuthenticationException;
import dev.mocksy.ContentRefusedException;
import dev.mocksy.ProviderException;
import dev.mocksy.RateLimitException;
import dev.mocksy.StreamInterruptedException;
import dev.mocksy.llm.ApiKey;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final ApiKey KEY = ApiKey.of("k3y-CANARY-0123456789");
    private static final UnaryOperator<String> REDACT = text -> Secrets.redact(text, KEY);

    @Test
    void should_replace_the_key_and_bearer_tokens() {
        assertThat(Secrets.redact("key k3y-CANARY-0123456789 and Authorization: Bearer abc.def", KEY))
                .isEqualTo("key [redacted] and Authorization: [redacted]");
    }

    @Test
    void should_replace_the_shapes_a_vendor_names_even_when_they_are_not_the_calls_key() {
        List<Pattern> shapes = List.of(Pattern.compile("zz-[0-9]{6,}"));

        assertThat(Secrets.redact("another key zz-1234567 leaked", null, shapes))
                .isEqualTo("another key [redacted] leaked");
    }

    @Test
    void should_read_null_as_empty_text() {
        assertThat(Secrets.redact(null, KEY)).isEmpty();
    }

    @Test
    void should_pass_on_a_failure_without_secrets_as_the_same_instance() {
        ProviderException clean = new RateLimitException("p", "slow down", Duration.ofSeconds(2));

        assertThat(Secrets.scrub(clean, REDACT)).isSameAs(clean);
    }

    @Test
    void should_copy_a_failure_that_quotes_the_key_keeping_its_type_details_and_stack() {
        RateLimitException quoting =
                new RateLimitException("p", "slow down, k3y-CANARY-0123456789", Duration.ofSeconds(2));

        ProviderException scrubbed = Secrets.scrub(quoting, REDACT);

        assertThat(scrubbed).isInstanceOf(RateLimitException.class).hasMessage("p: slow down, [redacted]");
        assertThat(((RateLimitException) scrubbed).retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(scrubbed.getStackTrace()).isEqualTo(quoting.getStackTrace());
    }

    @Test
    void should_scrub_causes_and_suppressed_failures_naming_the_class_they_replace() {
        StreamInterruptedException quoting = new StreamInterruptedException(
                "p", "broke off", "partial", new IOException("echoed k3y-CANARY-0123456789"));
        quoting.addSuppressed(new ContentRefusedException("p", "SAFETY", "refused k3y-CANARY-0123456789"));

        ProviderException scrubbed = Secrets.scrub(quoting, REDACT);

        assertThat(scrubbed).isInstanceOf(StreamInterruptedException.class);
        assertThat(((StreamInterruptedException) scrubbed).partialText()).isEqualTo("partial");
        assertThat(scrubbed.getCause().toString())
                .contains("java.io.IOException: echoed [redacted]")
                .doesNotContain(KEY.reveal());
        assertThat(scrubbed.getCause().getStackTrace())
                .isEqualTo(quoting.getCause().getStackTrace());
        assertThat(scrubbed.getSuppressed()).hasSize(1);
        assertThat(scrubbed.getSuppressed()[0])
                .isInstanceOf(ContentRefusedException.class)
                .hasMessageNotContaining(KEY.reveal());
    }

    @Test
    void should_keep_an_authentication_failure_reading_the_same_apart_from_the_secret() {
        AuthenticationException quoting =
                new AuthenticationException("p", "key k3y-CANARY-0123456789 rejected (HTTP 401)", "set P_KEY", 401);

        ProviderException scrubbed = Secrets.scrub(quoting, REDACT);

        assertThat(scrubbed)
                .isInstanceOf(AuthenticationException.class)
                .hasMessage("p: key [redacted] rejected (HTTP 401); set P_KEY");
        assertThat(((AuthenticationException) scrubbed).status()).isEqualTo(401);
    }
}
