package dev.hoodadmin.chaos;

import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.api.ResponseLimits;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real client and pager against a hostile server over loopback: every case ends soon, with a clear error. */
@Timeout(10)
class ChaosClientTest {
    private static final Duration DEADLINE = Duration.ofMillis(700);
    private static final Duration RETRY_AFTER_CAP = Duration.ofSeconds(3);
    private static final Map<UpdatableField, String> CHANGE = Map.of(UpdatableField.DESCRIPTION, "new");

    private final HostileServer server = HostileServer.start();
    private final HoodClient client = HoodClient.create(server.endpoint(), ApiToken.of("tok-chaos"), RequestGate.UNLIMITED,
            ResponseLimits.STANDARD.withDeadline(DEADLINE).withBodyCaps(256 * 1024, 64 * 1024));
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final PropertyPager pager = new PropertyPager(client, pauses::add, RETRY_AFTER_CAP);

    ChaosClientTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aBodyDrippedSlowlyEndsAListReadAtTheDeadline() {
        server.then(HostileServer.slowDrip(200, 10_000, Duration.ofMillis(50)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> client.list(ListQuery.all())).isInstanceOfSatisfying(HoodApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.NETWORK);
            assertThat(e.getMessage()).contains("No answer within 700 ms").contains("still arriving");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.multipliedBy(4));
    }

    @Test
    void aBodyDrippedSlowlyEndsAPatchAtTheDeadline() {
        server.then(HostileServer.slowDrip(200, 10_000, Duration.ofMillis(50)));

        assertThatThrownBy(() -> client.patch("1", CHANGE)).isInstanceOfSatisfying(HoodApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.NETWORK));
    }

    @Test
    void aPatchAnsweredWithAnHtmlPageIsAFaultNotASuccess() {
        server.then(HostileServer.html(200));

        assertThatThrownBy(() -> client.patch("1", CHANGE)).isInstanceOfSatisfying(HoodApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE);
            assertThat(e.error().message()).startsWith("The server answered 200 with a body that is not a JSON object")
                    .contains("text/html").contains("Sign in to continue").contains("not counted as applied");
        });
    }

    @Test
    void tenMegabytesOfGarbageAreReadOnlyUpToTheCap() {
        server.then(HostileServer.garbage(200, 10 << 20));

        assertThatThrownBy(() -> client.patch("1", CHANGE)).isInstanceOfSatisfying(HoodApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE);
            assertThat(e.error().message()).contains("more than " + (64 * 1024) + " bytes");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"description\":\"new\"}", "{\"id\": \"1\", \"weird\": [1, 2]}"})
    void aTwoHundredWithAJsonObjectIsTolerated(String body) throws Exception {
        server.then(HostileServer.json(200, body));

        assertThat(client.patch("1", CHANGE).status()).isEqualTo(200);
    }

    @Test
    void aTwoHundredWithAnEmptyBodyIsTolerated() throws Exception {
        server.then(HostileServer.answer(200, Map.of(), ""));

        assertThat(client.patch("1", CHANGE).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{\"unterminated\": ", "null", "\"ok\""})
    void aTwoHundredWithOtherJsonIsAFault(String body) {
        server.then(HostileServer.json(200, body));

        assertThatThrownBy(() -> client.patch("1", CHANGE)).isInstanceOfSatisfying(HoodApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE));
    }

    @Test
    void aListPageThatIsNotJsonIsAClearErrorNotAnEmptyList() {
        server.then(HostileServer.html(200)).then(HostileServer.garbage(200, 1 << 20));

        assertThatThrownBy(() -> pager.fetchAll(ListQuery.all(), 100, (r, l, t) -> { }))
                .isInstanceOfSatisfying(HoodApiException.class, e -> assertThat(e.error().message())
                        .startsWith("The server answered 200 with a body that is not a JSON object (text/html"));
        assertThatThrownBy(() -> client.list(ListQuery.all())).isInstanceOfSatisfying(HoodApiException.class,
                e -> assertThat(e.error().message()).contains("larger than " + (256 * 1024) + " bytes"));
    }

    @Test
    void aRedirectIsNotFollowed() {
        server.then(HostileServer.redirect("http://127.0.0.1:1/steal"));

        assertThatThrownBy(() -> client.patch("1", CHANGE)).isInstanceOfSatisfying(HoodApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.REDIRECT));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aServerErrorWithAnEmptyBodyIsAServerError() {
        server.then(HostileServer.answer(500, Map.of(), ""));

        assertThatThrownBy(() -> client.patch("1", CHANGE)).isInstanceOfSatisfying(HoodApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.SERVER_ERROR);
            assertThat(e.getMessage()).startsWith("500 Server error");
        });
    }

    @Test
    void aConnectionDroppedMidResponseIsANetworkError() {
        server.then(HostileServer.dropMidResponse(200));

        assertThatThrownBy(() -> client.list(ListQuery.all())).isInstanceOfSatisfying(HoodApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.NETWORK));
    }

    @Test
    void aHugeRetryAfterIsCappedInReads() throws Exception {
        server.then(HostileServer.tooManyRequests("999999")).then(HostileServer.json(200, "{\"total\":0,\"items\":[]}"));

        assertThat(pager.fetchAll(ListQuery.all(), 100, (r, l, t) -> { })).isEmpty();
        assertThat(pauses).containsExactly(RETRY_AFTER_CAP);
    }

    @Test
    void anHttpDateFarAheadIsCappedInReads() throws Exception {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusHours(1));
        server.then(HostileServer.tooManyRequests(inAnHour)).then(HostileServer.json(200, "{\"total\":0,\"items\":[]}"));

        pager.fetchAll(ListQuery.all(), 100, (r, l, t) -> { });

        assertThat(pauses).containsExactly(RETRY_AFTER_CAP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "abc", "", "-1", "-7"})
    void aRetryAfterNamingNoTimeBacksOffInReadsInsteadOfResendingAtOnce(String retryAfter) {
        server.otherwise(HostileServer.tooManyRequests(retryAfter));

        assertThatThrownBy(() -> pager.fetchAll(ListQuery.all(), 100, (r, l, t) -> { }))
                .isInstanceOfSatisfying(HoodApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.RATE_LIMITED));
        // the pager's backoff: 0.5 s doubling, never zero, and the retries end
        assertThat(pauses).hasSize(5).allSatisfy(p -> assertThat(p).isGreaterThanOrEqualTo(Duration.ofMillis(500)));
        assertThat(pauses.get(4)).isEqualTo(Duration.ofSeconds(8));
    }
}
