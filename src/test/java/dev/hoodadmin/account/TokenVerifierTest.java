package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenVerifierTest {
    private final TokenCheckingServer server = new TokenCheckingServer("good-token");
    private final TokenVerifier verifier = TokenVerifier.overHttp();

    TokenVerifierTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void acceptsTheRightTokenWithOneSmallRequest() throws Exception {
        TokenCheck check = verifier.verify(server.endpoint(), ApiToken.of("good-token"));

        assertThat(check).isEqualTo(new TokenCheck.Accepted());
        assertThat(server.requests()).containsExactly("/v1/hood/profile-properties?page=1,1&fields=id");
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        TokenCheck check = verifier.verify(server.endpoint(), ApiToken.of("wrong-token"));

        assertThat(check).isInstanceOfSatisfying(TokenCheck.Refused.class, refused ->
                assertThat(refused.message()).startsWith("The token was refused by the server").contains("401")
                        .doesNotContain("wrong-token"));
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        String url = TokenCheckingServer.closedPortUrl();

        TokenCheck check = verifier.verify(Endpoint.parse(url), ApiToken.of("good-token"));

        assertThat(check).isInstanceOfSatisfying(TokenCheck.Unreachable.class, unreachable ->
                assertThat(unreachable.message()).startsWith("Could not reach " + url));
    }

    @Test
    void anyOtherErrorCarriesTheServerSummary() throws Exception {
        ApiError error = new ApiError(ApiErrorKind.SERVER_ERROR, 503, "Service unavailable.", "Try later.", "t-9", null);
        TokenVerifier failing = new TokenVerifier((endpoint, token) -> new PropertyApi() {
            @Override
            public PropertyPage list(dev.hoodadmin.api.ListQuery query) throws HoodApiException {
                throw new HoodApiException(error);
            }

            @Override
            public dev.hoodadmin.ratelimit.RateLimitHeaders patch(String id, java.util.Map<dev.hoodadmin.api.UpdatableField, String> changes) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<dev.hoodadmin.api.ProfileProperty> create(dev.hoodadmin.api.NewProperty property) {
                throw new UnsupportedOperationException();
            }
        });

        TokenCheck check = failing.verify(server.endpoint(), ApiToken.of("good-token"));

        assertThat(check).isEqualTo(new TokenCheck.Failed(
                "The server could not check the token: 503 Service unavailable: Try later. (trace_id t-9)"));
    }
}
