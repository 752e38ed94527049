package dev.hoodadmin.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hoodadmin.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static dev.hoodadmin.sim.SimClient.items;
import static dev.hoodadmin.sim.SimClient.json;
import static dev.hoodadmin.sim.SimClient.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreateEndpointTest {
    private static final TestClock CLOCK = TestClock.manual(Instant.parse("2025-03-04T05:06:07Z"));
    private HoodSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = HoodSimulator.start(SimulatorConfig.builder(SimClient.TOKEN).properties(20).rateLimitsEnabled(false)
                .maxInFlight(0).clock(CLOCK).build());
        client = new SimClient(sim.baseUri());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private HttpResponse<String> post(String body) {
        return client.send(client.request(SimClient.PATH).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void createsACustomPropertyWithTheNextIdAndAnswersItWith201() {
        HttpResponse<String> created = post("{\"label\":\"My Region\",\"data_type\":\"text\",\"example\":\"northern_europe\","
                + "\"description\":\"Where they live\",\"export_alias\":\"region_name\",\"pi_data\":1,\"importable\":1,\"exportable\":0}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.get("id").asText()).isEqualTo("1000120");
        assertThat(body.get("label").asText()).isEqualTo("My Region");
        assertThat(body.get("target").asText()).isEqualTo("my_region");
        assertThat(body.get("system").asInt()).isZero();
        assertThat(body.get("pi_data").asInt()).isEqualTo(1);
        assertThat(body.get("exportable").asInt()).isZero();
        assertThat(body.get("create_time").asText()).isEqualTo("2025-03-04 05:06:07");
        assertThat(sim.propertyCount()).isEqualTo(21);
        List<JsonNode> found = items(client.list("label", "eq:My Region"));
        assertThat(found).singleElement().satisfies(row -> assertThat(row.get("id").asText()).isEqualTo("1000120"));
        assertThat(sim.stats().count("POST", 201)).isEqualTo(1);
    }

    @Test
    void fieldsNotSentGetTheDefaultsOfANewCustomProperty() {
        JsonNode body = json(post("{\"label\":\"Plain\"}"));

        assertThat(body.get("data_type").asText()).isEqualTo("text");
        assertThat(body.get("pi_data").asInt()).isZero();
        assertThat(body.get("importable").asInt()).isEqualTo(1);
        assertThat(body.get("exportable").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}                                          | Field 'label' is required.",
            "{\"label\":\"  \"}                          | Field 'label' must be a non-empty string.",
            "{\"label\":\"x\",\"data_type\":\"blob\"}    | Field 'data_type' must be one of: text, number, date.",
            "{\"label\":\"x\",\"pi_data\":2}             | Field 'pi_data' must be 0 or 1.",
            "{\"label\":\"x\",\"system\":1}              | Field 'system' is not updatable.",
            "{\"label\":\"x\",\"export_alias\":\"a b\"}  | Field 'export_alias' may contain only letters A-Z and a-z, digits and underscores.",
            "[1]                                         | The request body must be a JSON object."})
    void invalidBodiesAre400WithTheReasonAndCreateNothing(String body, String reason) {
        HttpResponse<String> refused = post(body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(message(refused)).isEqualTo(reason);
        assertThat(sim.propertyCount()).isEqualTo(20);
    }

    @Test
    void aLabelThatExistsIsRefused() {
        assertThat(post("{\"label\":\"Twice\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> again = post("{\"label\":\"Twice\"}");

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(message(again)).isEqualTo(CreatePropertyEndpoint.DUPLICATE_LABEL);
        assertThat(sim.propertyCount()).isEqualTo(21);
    }

    @Test
    void concurrentCreatesGetDistinctIdsAndOneLabelWinsOnce() {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String label = i < 20 ? "Label " + i : "Contested";
            sent.add(CompletableFuture.supplyAsync(() -> post("{\"label\":\"" + label + "\"}")));
        }
        Set<String> ids = new HashSet<>();
        int contestedWins = 0;
        for (int i = 0; i < sent.size(); i++) {
            HttpResponse<String> response = sent.get(i).join();
            if (response.statusCode() == 201) {
                ids.add(json(response).get("id").asText());
                if (i >= 20) contestedWins++;
            }
        }

        assertThat(contestedWins).isEqualTo(1);
        assertThat(ids).hasSize(21);
        assertThat(sim.propertyCount()).isEqualTo(41);
    }

    @Test
    void aLostResponseStillCreatesTheProperty() {
        sim.faults().loseNextPatchResponses(1);

        assertThatThrownBy(() -> client.send(client.request(SimClient.PATH)
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"Lost\"}"))))
                .isInstanceOf(java.io.UncheckedIOException.class);

        assertThat(items(client.list("label", "eq:Lost"))).hasSize(1);
        assertThat(sim.stats().lostResponses()).isEqualTo(1);
    }

    @Test
    void anInjected500CreatesNothing() {
        sim.faults().setPatchFailureRate(1.0);

        assertThat(post("{\"label\":\"Never\"}").statusCode()).isEqualTo(500);

        sim.faults().clear();
        assertThat(items(client.list("label", "eq:Never"))).isEmpty();
    }
}
