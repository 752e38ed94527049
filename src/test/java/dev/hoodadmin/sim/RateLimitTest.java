package dev.hoodadmin.sim;

import dev.hoodadmin.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixed windows driven by a hand-moved clock: no test here waits for real time to pass. */
class RateLimitTest {
    /** A whole minute since the epoch, so both windows start here; requests begin 100 ms into it. */
    private static final Instant MINUTE_START = Instant.ofEpochMilli(1_699_999_980_000L);

    private final TestClock clock = TestClock.manual(MINUTE_START.plusMillis(100));
    private HoodSimulator sim;
    private SimClient client;

    private void start(SimulatorConfig.Builder config) {
        sim = HoodSimulator.start(config.clock(clock).build());
        client = new SimClient(sim.baseUri());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private void assertAllowed(HttpResponse<String> response, int limit, int remaining, int reset) {
        assertThat(response.statusCode()).isNotEqualTo(429);
        assertThat(header(response, "X-RateLimit-Limit")).isEqualTo(Integer.toString(limit));
        assertThat(header(response, "X-RateLimit-Remaining")).isEqualTo(Integer.toString(remaining));
        assertThat(header(response, "X-RateLimit-Reset")).isEqualTo(Integer.toString(reset));
    }

    private static void assertRefused(HttpResponse<String> response, String retryAfter) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(header(response, "Retry-After")).isEqualTo(retryAfter);
        assertThat(header(response, "X-RateLimit-Limit")).isNull();
        assertThat(header(response, "X-RateLimit-Remaining")).isNull();
        assertThat(header(response, "X-RateLimit-Reset")).isNull();
        assertThat(SimClient.json(response).get("code").asInt()).isEqualTo(429);
    }

    @Test
    void burstWindowCountsGetsAndPatchesAndResetsAtTheSecond() {
        start(SimulatorConfig.builder(SimClient.TOKEN));
        assertAllowed(client.list(), 10, 9, 1);
        for (int i = 2; i <= 10; i++) {
            HttpResponse<String> response = i % 2 == 0 ? client.patch("1000100", "{\"example\":\"e" + i + "\"}")
                    : client.list();
            assertAllowed(response, 10, 10 - i, 1);
        }
        assertRefused(client.list(), "1");
        assertRefused(client.patch("1000100", "{\"example\":\"late\"}"), "1");
        assertThat(sim.property("1000100").orElseThrow()).containsEntry("example", "e10");

        clock.advance(Duration.ofMillis(900));
        assertAllowed(client.list(), 10, 9, 1);
        assertThat(sim.stats().tooManyRequests()).isEqualTo(2);
    }

    @Test
    void refusedRequestsDoNotCount() {
        start(SimulatorConfig.builder(SimClient.TOKEN).steady(12, Duration.ofMinutes(1)));
        for (int i = 0; i < 10; i++) {
            client.list();
        }
        for (int i = 0; i < 3; i++) {
            assertRefused(client.list(), "1");
        }
        clock.advance(Duration.ofSeconds(1));
        assertAllowed(client.list(), 12, 1, 59);
        assertAllowed(client.list(), 12, 0, 59);
        assertRefused(client.list(), "59");
    }

    @Test
    void headersDescribeTheWindowWithFewestRequestsLeft() {
        start(SimulatorConfig.builder(SimClient.TOKEN));
        sim.spendBudget(145); // another client of the account
        assertRefused(client.list(), "1");

        clock.advance(Duration.ofSeconds(1));
        assertAllowed(client.list(), 150, 4, 59);
        for (int left = 3; left >= 0; left--) {
            assertAllowed(client.list(), 150, left, 59);
        }
        clock.advance(Duration.ofSeconds(30));
        assertRefused(client.list(), "29");

        clock.advance(Duration.ofSeconds(29));
        assertAllowed(client.list(), 10, 9, 1);
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        start(SimulatorConfig.builder(SimClient.TOKEN));
        clock.advance(Duration.ofMillis(850)); // 50 ms left in the second
        sim.spendBudget(10);
        assertRefused(client.list(), "1");
    }

    @Test
    void windowPhaseShiftsTheBoundaries() {
        start(SimulatorConfig.builder(SimClient.TOKEN).windowPhase(Duration.ofMillis(250)));
        sim.spendBudget(10);
        assertRefused(client.list(), "1");

        clock.advance(Duration.ofMillis(200)); // 300 ms past the whole second, 50 ms past the shifted boundary
        assertAllowed(client.list(), 10, 9, 1);
    }

    @Test
    void withoutPhaseTheSameMomentIsStillInTheOldWindow() {
        start(SimulatorConfig.builder(SimClient.TOKEN));
        sim.spendBudget(10);
        clock.advance(Duration.ofMillis(200));
        assertRefused(client.list(), "1");
    }

    @Test
    void disabledLimitsSendNoHeadersAndNeverRefuse() {
        start(SimulatorConfig.builder(SimClient.TOKEN).rateLimitsEnabled(false));
        sim.spendBudget(1_000);
        HttpResponse<String> response = client.list();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "X-RateLimit-Limit")).isNull();
    }
}
