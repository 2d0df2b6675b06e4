package dev.mocksy.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.com/v1", "https://api.example.com/v1/"})
    void should_keep_the_version_segment_when_resolving_an_endpoint(String baseUrl) {
        assertThat(BaseUrls.directory(baseUrl).resolve("messages").toString())
                .isEqualTo("https://api.example.com/v1/messages");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "api.example.com/v1", "ftp://example.com/v1"})
    void should_refuse_what_is_not_an_http_url_naming_the_setting(String baseUrl) {
        assertThatThrownBy(() -> BaseUrls.directory(baseUrl))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl must be an http or https URL");
    }
}
