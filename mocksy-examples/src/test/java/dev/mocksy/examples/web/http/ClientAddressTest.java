package dev.mocksy.examples.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address a request's client is, with and without trusted proxies in front. */
class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.5", "192.168.0.0/16", "::1"));

    @Test
    void should_ignore_x_forwarded_for_from_an_address_that_is_not_a_trusted_proxy() {
        assertThat(behindProxies.resolve("203.0.113.7", List.of("198.51.100.1")))
                .isEqualTo("203.0.113.7");
        assertThat(new ClientAddress(List.of()).resolve("10.0.0.5", List.of("198.51.100.1")))
                .isEqualTo("10.0.0.5");
    }

    @Test
    void should_take_the_right_most_address_that_is_not_a_trusted_proxy() {
        assertThat(behindProxies.resolve("10.0.0.5", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        // The client wrote the left entry itself; the proxies appended the rest.
        assertThat(behindProxies.resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.1, 192.168.3.4")))
                .isEqualTo("198.51.100.1");
        assertThat(behindProxies.resolve("10.0.0.5", List.of("1.2.3.4", "198.51.100.1")))
                .as("several headers are one list")
                .isEqualTo("198.51.100.1");
        assertThat(behindProxies.resolve("::1", List.of("[2001:db8::1]"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(behindProxies.resolve("10.0.0.5", List.of("198.51.100.1:4711")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void should_stop_at_an_entry_that_is_no_address() {
        assertThat(behindProxies.resolve("10.0.0.5", List.of("198.51.100.1, not-an-address")))
                .isEqualTo("10.0.0.5");
        assertThat(behindProxies.resolve("10.0.0.5", List.of("evil.example.com, 192.168.1.1")))
                .isEqualTo("192.168.1.1");
    }

    @Test
    void should_take_the_connecting_address_without_a_header_and_the_left_most_when_all_are_proxies() {
        assertThat(behindProxies.resolve("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        assertThat(behindProxies.resolve("10.0.0.5", List.of("192.168.1.1, 192.168.1.2")))
                .isEqualTo("192.168.1.1");
    }

    @Test
    void should_refuse_a_trusted_proxy_that_is_no_ip_address_or_range() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example.com")))
                .hasMessageContaining("no host names")
                .hasMessageContaining("proxy.example.com");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> new ClientAddress(List.of("999.1.1.1"))).hasMessageContaining("CIDR");
        assertThat(ClientAddress.literal("::ffff:10.0.0.5")).hasSize(4);
    }
}
