package dev.hoodadmin.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A bare JDK HttpClient aimed at a running simulator; deliberately not the app's API client. */
final class SimClient {
    static final String TOKEN = "test-token";
    static final String PATH = "/v1/hood/profile-properties";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    SimClient(URI base) {
        this.base = base;
    }

    /** GET the list with name/value pairs, URL-encoded here. */
    HttpResponse<String> list(String... namesAndValues) {
        return send(request(PATH + query(namesAndValues)).GET());
    }

    CompletableFuture<HttpResponse<String>> listAsync() {
        return http.sendAsync(request(PATH).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> patch(String id, String body) {
        return send(request(PATH + "/" + id).method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    /** A PATCH that may fail at the transport level (lost responses). */
    HttpResponse<String> patchOrThrow(String id, String body) throws IOException, InterruptedException {
        return http.send(request(PATH + "/" + id).method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The items of a list answer, asserting nothing. */
    static List<JsonNode> items(HttpResponse<String> response) {
        List<JsonNode> items = new ArrayList<>();
        json(response).path("items").forEach(items::add);
        return items;
    }

    static String message(HttpResponse<String> response) {
        return json(response).path("message").asText(null);
    }

    private static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.append(i == 0 ? '?' : '&')
                    .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }
}
