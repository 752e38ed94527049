package dev.hoodadmin.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.ratelimit.RateLimitHeaders;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the client behaves on the wire with servers that misbehave; the contract itself is tested against the simulator. */
class HoodClientTransportTest {
    private static final String TOKEN = "tok-SECRET-123";
    private final StubServer stub = new StubServer();
    private final RecordingGate gate = new RecordingGate();

    HoodClientTransportTest() throws Exception {
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private HoodClient client(Endpoint endpoint) {
        return HoodClient.create(endpoint, ApiToken.of(TOKEN), gate);
    }

    @Test
    void exposesRateLimitHeadersAndSendsTheBearerToken() throws Exception {
        stub.answer(200, Map.of("X-RateLimit-Limit", "10", "X-RateLimit-Remaining", "7", "X-RateLimit-Reset", "1"),
                "{\"total\":0,\"items\":[]}");

        PropertyPage page = client(stub.endpoint()).list(ListQuery.all().withPage(1, 5));

        assertThat(page.rateLimit()).isEqualTo(new RateLimitHeaders(200, 10, 7, 1L, null));
        assertThat(stub.seen.get(0).authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(stub.seen.get(0).uri()).isEqualTo("/v1/hood/profile-properties?page=1,5");
        assertThat(gate.events).containsExactly("acquire", "completed 200");
    }

    @Test
    void parsesErrorBodyAndRetryAfter() throws Exception {
        stub.answer(429, Map.of("Retry-After", "3"), "{\"code\":429,\"title\":\"Too many requests.\",\"trace_id\":\"t-1\"}")
            .answer(429, Map.of("Retry-After", "-1"), "")
            .answer(400, Map.of(), "{\"code\":400,\"title\":\"Bad request.\",\"message\":\"The request body is not valid.\",\"trace_id\":\"99a8\"}");
        HoodClient client = client(stub.endpoint());

        assertThatThrownBy(() -> client.list(ListQuery.all())).isInstanceOfSatisfying(HoodApiException.class, e -> {
            assertThat(e.error()).isEqualTo(new ApiError(ApiErrorKind.RATE_LIMITED, 429, "Too many requests.", null, "t-1", 3L));
            assertThat(e.error().isParallelLimit()).isFalse();
        });
        assertThatThrownBy(() -> client.list(ListQuery.all())).isInstanceOfSatisfying(HoodApiException.class,
                e -> assertThat(e.error().isParallelLimit()).isTrue());
        assertThatThrownBy(() -> client.patch("1", Map.of(UpdatableField.EXAMPLE, "x")))
                .isInstanceOfSatisfying(HoodApiException.class, e -> {
                    assertThat(e.error().message()).isEqualTo("The request body is not valid.");
                    assertThat(e.error().traceId()).isEqualTo("99a8");
                    assertThat(e.getMessage()).isEqualTo("400 Bad request: The request body is not valid. (trace_id 99a8)");
                });
        assertThat(gate.events).containsExactly("acquire", "completed 429", "acquire", "completed 429", "acquire", "completed 400");
    }

    @Test
    void nonJsonErrorAndMalformedSuccessAreTypedNotThrownRaw() {
        stub.answer(502, Map.of(), "<html><body>Bad gateway</body></html>")
            .answer(200, Map.of(), "{\"total\": 2, \"items\": [ {\"id\": ");
        HoodClient client = client(stub.endpoint());

        assertThatThrownBy(() -> client.list(ListQuery.all())).isInstanceOfSatisfying(HoodApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.SERVER_ERROR);
            assertThat(e.error().message()).contains("Bad gateway");
        });
        assertThatThrownBy(() -> client.list(ListQuery.all())).isInstanceOfSatisfying(HoodApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE));
    }

    @Test
    void redirectsAreNotFollowedSoTheTokenStaysHome() {
        stub.answer(302, Map.of("Location", "http://127.0.0.1:1/steal"), "");

        assertThatThrownBy(() -> client(stub.endpoint()).list(ListQuery.all()))
                .isInstanceOfSatisfying(HoodApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.REDIRECT);
                    assertThat(e.getMessage()).contains("http://127.0.0.1:1/steal").doesNotContain(TOKEN);
                });
        assertThat(stub.seen).hasSize(1);
    }

    @Test
    void refusedConnectionIsANetworkErrorWithoutTheToken() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        HoodClient client = client(Endpoint.parse("http://127.0.0.1:" + freePort));

        assertThatThrownBy(() -> client.patch("1", Map.of(UpdatableField.EXAMPLE, "x")))
                .isInstanceOfSatisfying(HoodApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.NETWORK);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + freePort).doesNotContain(TOKEN);
                });
        assertThat(gate.events).containsExactly("acquire", "failed");
    }

    @Test
    void slowServerTimesOutAsNetworkError() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) { // accepts the connection, never answers
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HoodClient client = new HoodClient(Endpoint.parse("http://127.0.0.1:" + silent.getLocalPort()),
                    ApiToken.of(TOKEN), http, gate, new ObjectMapper(), Clock.systemUTC(), Duration.ofMillis(300));

            assertThatThrownBy(() -> client.list(ListQuery.all())).isInstanceOfSatisfying(HoodApiException.class,
                    e -> assertThat(e.getMessage()).contains("No answer within"));
        }
    }

    @Test
    void emptyPatchIsRefusedBeforeSending() {
        assertThatThrownBy(() -> client(stub.endpoint()).patch("1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stub.seen).isEmpty();
    }

    /** Records the order in which the client uses the gate. */
    static final class RecordingGate implements RequestGate {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public Permit acquire() {
            events.add("acquire");
            return new Permit() {
                @Override public void completed(RateLimitHeaders headers) { events.add("completed " + headers.status()); }
                @Override public void failed() { events.add("failed"); }
            };
        }
    }
}
