package dev.hoodadmin.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.ratelimit.RateLimitHeaders;
import dev.hoodadmin.ratelimit.RequestGate;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The Hood profile-properties API over the JDK HttpClient. Every request first passes the
 * {@link RequestGate} (the rate budget), redirects are never followed (the token must not travel
 * to another host), and every failure comes out as a {@link HoodApiException} with a typed error.
 */
public final class HoodClient implements PropertyApi {
    static final String PATH = "/v1/hood/profile-properties";
    private static final String USER_AGENT = "HoodAdmin/" + Version.current();

    private final Endpoint endpoint;
    private final ApiToken token;
    private final HttpClient http;
    private final RequestGate gate;
    private final Duration requestTimeout;
    private final PropertyJson json;
    private final ErrorBodyParser errors;
    private final RateLimitHeadersParser headers;

    public HoodClient(Endpoint endpoint, ApiToken token, HttpClient http, RequestGate gate, ObjectMapper mapper,
                      Clock clock, Duration requestTimeout) {
        this.endpoint = endpoint;
        this.token = token;
        this.http = http;
        this.gate = gate;
        this.requestTimeout = requestTimeout;
        this.json = new PropertyJson(mapper);
        this.errors = new ErrorBodyParser(mapper);
        this.headers = new RateLimitHeadersParser(clock);
    }

    /** A client with the usual settings: HTTP/1.1, no redirects, 10 s to connect, 30 s per request. */
    public static HoodClient create(Endpoint endpoint, ApiToken token, RequestGate gate) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return new HoodClient(endpoint, token, http, gate, new ObjectMapper(), Clock.systemUTC(), Duration.ofSeconds(30));
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public PropertyPage list(ListQuery query) throws HoodApiException, InterruptedException {
        String queryString = query.toQueryString();
        HttpRequest request = request(PATH + (queryString.isEmpty() ? "" : "?" + queryString))
                .GET().build();
        Exchange exchange = send(request);
        return json.readPage(exchange.response().statusCode(), exchange.response().body(), exchange.rateLimit());
    }

    @Override
    public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes)
            throws HoodApiException, InterruptedException {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("A PATCH needs at least one changed field");
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A PATCH needs a property id");
        }
        HttpRequest request = request(PATH + "/" + ListQuery.encode(id))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(json.patchBody(changes)))
                .build();
        return send(request).rateLimit();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                .timeout(requestTimeout)
                .header("Authorization", token.authorizationHeader())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
    }

    private record Exchange(HttpResponse<byte[]> response, RateLimitHeaders rateLimit) { }

    /** Sends through the gate; returns only 2xx responses, everything else becomes a typed error. */
    private Exchange send(HttpRequest request) throws HoodApiException, InterruptedException {
        RequestGate.Permit permit = gate.acquire();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            permit.failed();
            throw new HoodApiException(ApiError.network("No answer within " + requestTimeout.toSeconds()
                    + " s from " + endpoint), e);
        } catch (IOException e) {
            permit.failed();
            throw new HoodApiException(ApiError.network(describe(e)), e);
        } catch (InterruptedException e) {
            permit.failed();
            throw e;
        }
        RateLimitHeaders rateLimit = headers.parse(response.statusCode(), response.headers());
        permit.completed(rateLimit);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Exchange(response, rateLimit);
        }
        if (status >= 300 && status < 400) {
            String target = response.headers().firstValue("Location").orElse("elsewhere");
            throw new HoodApiException(new ApiError(ApiErrorKind.REDIRECT, status, "The server redirected to " + target,
                    "Redirects are not followed, so the token never goes to another address. Check the API URL.",
                    null, null));
        }
        throw new HoodApiException(errors.parse(status, response.body(), rateLimit.retryAfterSeconds()));
    }

    private String describe(IOException e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return "Connection to " + endpoint + " failed: " + reason;
    }
}
