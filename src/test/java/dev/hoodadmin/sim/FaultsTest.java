package dev.hoodadmin.sim;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.hoodadmin.sim.SimClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTest {
    private HoodSimulator sim;
    private SimClient client;

    private void start(SimulatorConfig.Builder config) {
        sim = HoodSimulator.start(config.rateLimitsEnabled(false).build());
        client = new SimClient(sim.baseUri());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void nextRequestsFailWith500WithoutMessage() {
        start(SimulatorConfig.builder(SimClient.TOKEN));
        sim.faults().failNextRequests(2);

        HttpResponse<String> first = client.list();
        HttpResponse<String> second = client.patch("1000100", "{\"example\":\"never\"}");
        HttpResponse<String> third = client.list();

        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(json(first).get("title").asText()).isEqualTo("Internal server error.");
        assertThat(json(first).has("message")).isFalse();
        assertThat(json(first).has("trace_id")).isTrue();
        assertThat(second.statusCode()).isEqualTo(500);
        assertThat(sim.property("1000100").orElseThrow().get("example")).isNotEqualTo("never");
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(sim.stats().countStatus(500)).isEqualTo(2);
    }

    @Test
    void patchFailureRateFailsPatchesOnlyAndAppliesNothing() {
        start(SimulatorConfig.builder(SimClient.TOKEN));
        sim.faults().setPatchFailureRate(1.0);

        assertThat(client.patch("1000100", "{\"example\":\"never\"}").statusCode()).isEqualTo(500);
        assertThat(client.list().statusCode()).isEqualTo(200);
        assertThat(sim.property("1000100").orElseThrow().get("example")).isNotEqualTo("never");
    }

    @Test
    void lostResponseStillAppliesThePatch() throws Exception {
        start(SimulatorConfig.builder(SimClient.TOKEN));
        sim.faults().loseNextPatchResponses(1);

        assertThatThrownBy(() -> client.patchOrThrow("1000100", "{\"example\":\"applied\"}"))
                .isInstanceOf(IOException.class);
        assertThat(sim.property("1000100").orElseThrow()).containsEntry("example", "applied");
        assertThat(sim.stats().lostResponses()).isEqualTo(1);

        assertThat(client.patchOrThrow("1000100", "{\"example\":\"applied\"}").statusCode()).isEqualTo(204);
    }

    @Test
    void latencyDelaysEveryAnswer() {
        start(SimulatorConfig.builder(SimClient.TOKEN));
        sim.faults().setLatency(Duration.ofMillis(300));

        long start = System.nanoTime();
        assertThat(client.list().statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void requestsOverTheParallelLimitGetRetryAfterMinusOne() {
        start(SimulatorConfig.builder(SimClient.TOKEN).maxInFlight(2));
        sim.faults().setLatency(Duration.ofMillis(600)); // keeps the first two in flight while the third arrives

        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(client.listAsync());
        }
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.join();
            if (response.statusCode() == 429) {
                refused.add(response);
            }
        }

        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).headers().firstValue("Retry-After")).hasValue("-1");
        assertThat(sim.stats().parallelLimitRefusals()).isEqualTo(1);
        assertThat(sim.stats().count("GET", 200)).isEqualTo(2);
        assertThat(sim.stats().peakInFlight()).isEqualTo(3);
    }
}
