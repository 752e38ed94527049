package dev.hoodadmin.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * The request pipeline: token check (401, not counted), parallel-request limit (429, Retry-After -1),
 * rate windows (429, Retry-After n), added latency, injected 500s, routing, and for a successful
 * PATCH or POST possibly a dropped connection. Every non-429 answer past the token check carries the
 * X-RateLimit-* headers.
 */
final class SimulatorHttpHandler implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(SimulatorHttpHandler.class.getName());
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final BearerAuth auth;
    private final InFlightGate gate;
    private final RateLimiter rateLimiter;
    private final SimulatorFaults faults;
    private final Router router;
    private final ErrorWriter errors;
    private final SimulatorStats stats;

    SimulatorHttpHandler(BearerAuth auth, InFlightGate gate, RateLimiter rateLimiter, SimulatorFaults faults,
                         Router router, ErrorWriter errors, SimulatorStats stats) {
        this.auth = auth;
        this.gate = gate;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.router = router;
        this.errors = errors;
        this.stats = stats;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            String method = exchange.getRequestMethod();
            SimResponse response = answer(exchange, method);
            if (response == null) {
                stats.recordLostResponse();
                return; // closing without a status line drops the connection: the client sees an IOException
            }
            stats.recordAnswer(method, response.status());
            write(exchange, response);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client went away while answering", e);
        }
    }

    /** The answer to send, or null to drop the connection unanswered. */
    private SimResponse answer(HttpExchange exchange, String method) {
        if (!auth.accepts(exchange.getRequestHeaders().getFirst("Authorization")) || faults.shouldRefuseToken(method)) {
            return errors.toResponse(ApiException.unauthorized());
        }
        if (!gate.tryEnter()) {
            stats.recordParallelLimitRefusal();
            return errors.toResponse(ApiException.tooManyRequests(-1, "Too many parallel requests."));
        }
        try { // the slot is released before the answer is written, so a client may send its next request at once
            return answerWithinLimits(exchange, method);
        } finally {
            gate.exit();
        }
    }

    private SimResponse answerWithinLimits(HttpExchange exchange, String method) {
        RateDecision decision = rateLimiter.tryAcquire();
        if (decision instanceof RateDecision.Refused) {
            long retryAfter = ((RateDecision.Refused) decision).retryAfterSeconds();
            return errors.toResponse(ApiException.tooManyRequests(retryAfter, "Rate limit reached."));
        }
        SimResponse response;
        try {
            pause(faults.latency());
            if (faults.shouldFail(method)) {
                throw ApiException.internalError();
            }
            SimRequest request = new SimRequest(method, exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), readBody(exchange));
            response = router.dispatch(request);
        } catch (ApiException e) {
            response = errors.toResponse(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "simulator failed on " + method + " " + exchange.getRequestURI().getPath(), e);
            response = errors.toResponse(ApiException.internalError());
        }
        if ("PATCH".equals(method) && response.status() == 204) faults.holdIfAsked();
        boolean applied = response.status() == 204 || response.status() == 201;
        if (SimulatorFaults.isWrite(method) && applied && faults.shouldLosePatchResponse()) {
            return null;
        }
        return response.withHeaders(decision.headers());
    }

    private static byte[] readBody(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw ApiException.badRequest("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read.");
        }
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis()); // simulated network/server time, deliberately real
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(HttpExchange exchange, SimResponse response) throws IOException {
        response.headers().forEach(exchange.getResponseHeaders()::set);
        if (response.body() == null || "HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }
}
