package dev.hoodadmin.sim;

import dev.hoodadmin.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static dev.hoodadmin.sim.SimClient.items;
import static dev.hoodadmin.sim.SimClient.json;
import static dev.hoodadmin.sim.SimClient.message;
import static org.assertj.core.api.Assertions.assertThat;

class PatchEndpointTest {
    private static final String UPDATABLE = "example, description, export_alias, pi_data, importable, exportable";
    private static final TestClock CLOCK = TestClock.manual(Instant.parse("2025-03-04T05:06:07Z"));
    private static HoodSimulator sim;
    private static SimClient client;

    @BeforeAll
    static void start() {
        sim = HoodSimulator.start(SimulatorConfig.builder(SimClient.TOKEN).rateLimitsEnabled(false).clock(CLOCK).build());
        client = new SimClient(sim.baseUri());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static Map<String, Object> stored(String id) {
        return sim.property(id).orElseThrow();
    }

    @Test
    void appliesOnlyTheSentFieldsAndStampsUpdateTime() {
        Map<String, Object> before = stored("1000101");
        HttpResponse<String> response = client.patch("1000101",
                "{\"example\":\"platinum\",\"pi_data\":1,\"export_alias\":\"tier_2\"}");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(stored("1000101"))
                .containsEntry("example", "platinum").containsEntry("pi_data", 1).containsEntry("export_alias", "tier_2")
                .containsEntry("update_time", "2025-03-04 05:06:07")
                .containsEntry("description", before.get("description"))
                .containsEntry("label", before.get("label"));
    }

    @Test
    void nullClearsATextField() {
        assertThat(client.patch("1000103", "{\"description\":null}").statusCode()).isEqualTo(204);
        assertThat(stored("1000103")).containsEntry("description", null);
    }

    @Test
    void sendingTheSameBodyTwiceGivesTheSameState() {
        String body = "{\"description\":\"Same again\",\"importable\":0}";
        assertThat(client.patch("1000104", body).statusCode()).isEqualTo(204);
        Map<String, Object> once = stored("1000104");
        assertThat(client.patch("1000104", body).statusCode()).isEqualTo(204);
        assertThat(stored("1000104")).isEqualTo(once);
    }

    @Test
    void limitsCountCharactersNotBytes() {
        String example = "🎉".repeat(255);
        assertThat(client.patch("1000105", "{\"example\":\"" + example + "\"}").statusCode()).isEqualTo(204);
        assertThat(stored("1000105")).containsEntry("example", example);
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("", "The request body is empty. Send a JSON object with at least one of: " + UPDATABLE + "."),
                Arguments.of("{\"example\":", "The request body is not valid JSON."),
                Arguments.of("{\"example\":\"a\"} {}", "The request body is not valid JSON."),
                Arguments.of("[{\"example\":\"a\"}]", "The request body must be a JSON object."),
                Arguments.of("{}", "At least one updatable field must be sent: " + UPDATABLE + "."),
                Arguments.of("{\"label\":\"New\"}", "Field 'label' is not updatable."),
                Arguments.of("{\"system\":0}", "Field 'system' is not updatable."),
                Arguments.of("{\"colour\":\"red\"}", "Unknown field 'colour'. Updatable fields: " + UPDATABLE + "."),
                Arguments.of("{\"example\":5}", "Field 'example' must be a string or null."),
                Arguments.of("{\"pi_data\":2}", "Field 'pi_data' must be 0 or 1."),
                Arguments.of("{\"importable\":true}", "Field 'importable' must be 0 or 1."),
                Arguments.of("{\"exportable\":null}", "Field 'exportable' must be 0 or 1."),
                Arguments.of("{\"example\":\"" + "a".repeat(256) + "\"}",
                        "Field 'example' is too long: 256 characters, at most 255."),
                Arguments.of("{\"description\":\"" + "a".repeat(2001) + "\"}",
                        "Field 'description' is too long: 2001 characters, at most 2000."),
                Arguments.of("{\"export_alias\":\"" + "a".repeat(65) + "\"}",
                        "Field 'export_alias' is too long: 65 characters, at most 64."),
                Arguments.of("{\"export_alias\":\"region-name\"}",
                        "Field 'export_alias' may contain only letters A-Z and a-z, digits and underscores."),
                Arguments.of("{\"example\":\"a\",\"example\":\"b\"}", "Field 'example' is sent more than once."),
                Arguments.of("{\"example\":\"changed\",\"pi_data\":7}", "Field 'pi_data' must be 0 or 1."));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void invalidBodyIsRejectedWithASpecificMessageAndChangesNothing(String body, String expectedMessage) {
        Map<String, Object> before = stored("1000100");
        HttpResponse<String> response = client.patch("1000100", body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.get("code").asInt()).isEqualTo(400);
        assertThat(error.get("title").asText()).isEqualTo("Bad request.");
        assertThat(error.get("message").asText()).isEqualTo(expectedMessage);
        assertThat(error.get("trace_id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(stored("1000100")).isEqualTo(before);
    }

    @Test
    void systemPropertyIsRefusedWithTheExactMessage() {
        String systemId = items(client.list("system", "1", "page", "1,1")).get(0).get("id").asText();
        Map<String, Object> before = stored(systemId);

        HttpResponse<String> response = client.patch(systemId, "{\"example\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("System properties are not updatable.");
        assertThat(stored(systemId)).isEqualTo(before);
    }

    @Test
    void unknownIdIsNotFound() {
        HttpResponse<String> response = client.patch("999", "{\"example\":\"x\"}");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asInt()).isEqualTo(404);
        assertThat(message(response)).isEqualTo("No profile property with id '999'.");
    }
}
