package dev.hoodadmin.sim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static dev.hoodadmin.sim.SimClient.json;
import static dev.hoodadmin.sim.SimClient.message;
import static org.assertj.core.api.Assertions.assertThat;

class AuthAndRoutingTest {
    private static HoodSimulator sim;
    private static SimClient client;

    @BeforeAll
    static void start() {
        sim = HoodSimulator.start(SimulatorConfig.builder(SimClient.TOKEN).build());
        client = new SimClient(sim.baseUri());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static HttpResponse<String> listWithAuthorization(String header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(sim.baseUri().resolve(SimClient.PATH)).GET();
        if (header != null) {
            request.header("Authorization", header);
        }
        return client.send(request);
    }

    @Test
    void missingOrWrongTokenIsUnauthorizedAndNotCounted() {
        for (String header : new String[] {null, "Bearer wrong", "Basic dGVzdC10b2tlbg==", "Bearer"}) {
            HttpResponse<String> response = listWithAuthorization(header);
            assertThat(response.statusCode()).as(String.valueOf(header)).isEqualTo(401);
            assertThat(json(response).get("title").asText()).isEqualTo("Unauthorized.");
            assertThat(json(response).has("trace_id")).isTrue();
            assertThat(response.headers().firstValue("X-RateLimit-Limit")).isEmpty();
            assertThat(response.body()).doesNotContain(SimClient.TOKEN);
        }
    }

    @Test
    void schemeIsCaseInsensitive() {
        assertThat(listWithAuthorization("bearer " + SimClient.TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathIsNotFound() {
        HttpResponse<String> response = client.send(client.request("/v1/hood/segments").GET());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asInt()).isEqualTo(404);
        assertThat(client.send(client.request(SimClient.PATH + "/1000100/extra").GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void wrongMethodIsNotAllowedAndSaysWhichIs() {
        HttpResponse<String> delete = client.send(client.request(SimClient.PATH).DELETE());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, POST");
        assertThat(message(delete)).isEqualTo("Method DELETE is not allowed here; use GET, POST.");

        HttpResponse<String> getOne = client.send(client.request(SimClient.PATH + "/1000100").GET());
        assertThat(getOne.statusCode()).isEqualTo(405);
        assertThat(getOne.headers().firstValue("Allow")).hasValue("PATCH");
    }
}
