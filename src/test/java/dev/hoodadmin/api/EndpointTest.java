package dev.hoodadmin.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointTest {

    @Test
    void acceptsHttpsAnywhereAndHttpOnlyOnLoopback() {
        assertThat(Endpoint.parse("https://api.ocamba.com/").toString()).isEqualTo("https://api.ocamba.com");
        assertThat(Endpoint.parse("http://127.0.0.1:8080").isLoopback()).isTrue();
        assertThat(Endpoint.parse("http://localhost:8080").isLoopback()).isTrue();
        assertThat(Endpoint.parse("http://[::1]:8080").isLoopback()).isTrue();
    }

    @Test
    void refusesPlainHttpToAnotherHost() {
        assertThatThrownBy(() -> Endpoint.parse("http://api.ocamba.com")).hasMessageContaining("must use HTTPS");
        assertThatThrownBy(() -> Endpoint.parse("http://127.evil.example")).hasMessageContaining("must use HTTPS");
        assertThatThrownBy(() -> Endpoint.parse("http://10.0.0.1")).hasMessageContaining("must use HTTPS");
    }

    @Test
    void refusesNonsenseAndCredentialsInTheUrl() {
        assertThatThrownBy(() -> Endpoint.parse("ftp://x")).hasMessageContaining("https://host");
        assertThatThrownBy(() -> Endpoint.parse("not a url")).hasMessageContaining("API URL");
        assertThatThrownBy(() -> Endpoint.parse("https://user:secret@api.ocamba.com"))
                .hasMessageContaining("credentials").hasMessageNotContaining("secret");
    }

    @Test
    void tokenNeverShowsInText() {
        ApiToken token = ApiToken.of("  s3cr3t-token ");
        assertThat(token.toString()).doesNotContain("s3cr3t");
        assertThat(token.revealForRedaction()).isEqualTo("s3cr3t-token");
        assertThatThrownBy(() -> ApiToken.of("has space")).hasMessageNotContaining("has space");
        assertThatThrownBy(() -> ApiToken.of("   ")).hasMessageContaining("empty");
    }
}
