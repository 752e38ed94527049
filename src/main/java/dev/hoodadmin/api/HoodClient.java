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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The Hood profile-properties API over the JDK HttpClient. Every request first passes the
 * {@link RequestGate} (the rate budget), redirects are never followed (the token must not travel
 * to another host), and every failure comes out as a {@link HoodApiException} with a typed error.
 * Every exchange is bounded by {@link ResponseLimits}: a deadline for the complete response (a server
 * dripping its body cannot hang a request) and a cap on the body size.
 */
public final class HoodClient implements PropertyApi {
    static final String PATH = "/v1/hood/profile-properties";
    private static final String USER_AGENT = "HoodAdmin/" + Version.current();

    private final Endpoint endpoint;
    private final ApiToken token;
    /** The JDK client; {@link #create} makes it on the first request (it sets up TLS: 0.2 s a start need not wait for). */
    private final Supplier<HttpClient> http;
    private final RequestGate gate;
    private final ResponseLimits limits;
    private final PropertyJson json;
    private final ErrorBodyParser errors;
    private final RateLimitHeadersParser headers;

    /** {@code requestTimeout} bounds each whole exchange; the body caps are the standard ones. */
    public HoodClient(Endpoint endpoint, ApiToken token, HttpClient http, RequestGate gate, ObjectMapper mapper,
                      Clock clock, Duration requestTimeout) {
        this(endpoint, token, http, gate, mapper, clock, ResponseLimits.STANDARD.withDeadline(requestTimeout));
    }

    public HoodClient(Endpoint endpoint, ApiToken token, HttpClient http, RequestGate gate, ObjectMapper mapper,
                      Clock clock, ResponseLimits limits) {
        this(endpoint, token, () -> http, gate, mapper, clock, limits);
    }

    private HoodClient(Endpoint endpoint, ApiToken token, Supplier<HttpClient> http, RequestGate gate,
                       ObjectMapper mapper, Clock clock, ResponseLimits limits) {
        this.endpoint = endpoint;
        this.token = token;
        this.http = http;
        this.gate = gate;
        this.limits = limits;
        this.json = new PropertyJson(mapper);
        this.errors = new ErrorBodyParser(mapper);
        this.headers = new RateLimitHeadersParser(clock);
    }

    /** A client with the usual settings: HTTP/1.1, no redirects, 10 s to connect, 30 s per complete exchange. */
    public static HoodClient create(Endpoint endpoint, ApiToken token, RequestGate gate) {
        return create(endpoint, token, gate, ResponseLimits.STANDARD);
    }

    /** As {@link #create(Endpoint, ApiToken, RequestGate)} with other bounds (tests use short ones). */
    public static HoodClient create(Endpoint endpoint, ApiToken token, RequestGate gate, ResponseLimits limits) {
        Duration connect = limits.deadline().compareTo(Duration.ofSeconds(10)) < 0 ? limits.deadline() : Duration.ofSeconds(10);
        Supplier<HttpClient> http = new Supplier<>() {
            private HttpClient made;

            @Override
            public synchronized HttpClient get() {
                if (made == null) {
                    made = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(connect)
                            .build();
                }
                return made;
            }
        };
        return new HoodClient(endpoint, token, http, gate, new ObjectMapper(), Clock.systemUTC(), limits);
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public PropertyPage list(ListQuery query) throws HoodApiException, InterruptedException {
        String queryString = query.toQueryString();
        HttpRequest request = request(PATH + (queryString.isEmpty() ? "" : "?" + queryString))
                .GET().build();
        Exchange exchange = send(request, limits.maxListBodyBytes());
        return json.readPage(exchange.status(), exchange.body(), exchange.contentType(), exchange.rateLimit());
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
        Exchange exchange = send(request, limits.maxPatchBodyBytes());
        // the contract's success is 204; a portal or proxy page answering 200 must not count as applied
        json.requireAcceptedPatch(exchange.status(), exchange.body(), exchange.contentType());
        return exchange.rateLimit();
    }

    @Override
    public Optional<ProfileProperty> create(NewProperty property) throws HoodApiException, InterruptedException {
        HttpRequest request = request(PATH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.createBody(property)))
                .build();
        Exchange exchange = send(request, limits.maxPatchBodyBytes());
        return json.readCreated(exchange.body());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                .timeout(limits.deadline())
                .header("Authorization", token.authorizationHeader())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
    }

    private record Exchange(int status, ResponseBody body, String contentType, RateLimitHeaders rateLimit) { }

    /** Sends through the gate; returns only 2xx responses, everything else becomes a typed error. */
    private Exchange send(HttpRequest request, int maxBodyBytes) throws HoodApiException, InterruptedException {
        RequestGate.Permit permit = gate.acquire();
        HttpResponse<ResponseBody> response;
        try {
            response = completeWithinDeadline(request, maxBodyBytes);
        } catch (HoodApiException e) {
            permit.failed();
            throw e;
        } catch (InterruptedException e) {
            permit.failed();
            throw e;
        }
        RateLimitHeaders rateLimit = headers.parse(response.statusCode(), response.headers());
        permit.completed(rateLimit);
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        if (status >= 200 && status < 300) {
            return new Exchange(status, response.body(), contentType, rateLimit);
        }
        if (status >= 300 && status < 400) {
            String target = response.headers().firstValue("Location").orElse("elsewhere");
            throw new HoodApiException(new ApiError(ApiErrorKind.REDIRECT, status, "The server redirected to " + target,
                    "Redirects are not followed, so the token never goes to another address. Check the API URL.",
                    null, null));
        }
        throw new HoodApiException(errors.parse(status, response.body().bytes(), rateLimit.retryAfterSeconds()));
    }

    /**
     * The request's own timeout ends only the wait for the headers; the body is bounded here, by waiting for
     * the complete response no longer than the deadline and then stopping the transfer.
     */
    private HttpResponse<ResponseBody> completeWithinDeadline(HttpRequest request, int maxBodyBytes)
            throws HoodApiException, InterruptedException {
        AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<ResponseBody>> exchange = http.get().sendAsync(request, info -> {
            CappedBodySubscriber subscriber = new CappedBodySubscriber(maxBodyBytes);
            body.set(subscriber);
            return subscriber;
        });
        try {
            return exchange.get(limits.deadline().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(exchange, body.get());
            String phase = body.get() == null ? "" : " (the response was still arriving)";
            throw new HoodApiException(ApiError.network(noAnswer() + phase), e);
        } catch (InterruptedException e) {
            abort(exchange, body.get());
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new HoodApiException(ApiError.network(noAnswer()), cause);
            }
            if (cause instanceof IOException io) throw new HoodApiException(ApiError.network(describe(io)), io);
            throw new HoodApiException(ApiError.network("Connection to " + endpoint + " failed: " + cause), cause);
        }
    }

    private static void abort(CompletableFuture<?> exchange, CappedBodySubscriber body) {
        if (body != null) body.abort();
        exchange.cancel(true);
    }

    private String noAnswer() {
        Duration deadline = limits.deadline();
        String time = deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms";
        return "No answer within " + time + " from " + endpoint;
    }

    private String describe(IOException e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return "Connection to " + endpoint + " failed: " + reason;
    }
}
