package dev.hoodadmin.outbox;

import java.util.Optional;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPage;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RateLimitHeaders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A fake Hood API: PATCH answers follow a script (then 204), and every call is recorded. */
final class ScriptedApi implements PropertyApi {
    record Call(String id, Map<UpdatableField, String> changes, Instant at) { }

    private interface Answer {
        void answer() throws HoodApiException, InterruptedException;
    }

    private final Clock clock;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Deque<ApiError> readFailures = new ArrayDeque<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final List<ProfileProperty> served = new CopyOnWriteArrayList<>();

    ScriptedApi(Clock clock) {
        this.clock = clock;
    }

    synchronized ScriptedApi thenFail(ApiError error) {
        script.add(() -> {
            throw new HoodApiException(error);
        });
        return this;
    }

    /** A bug in the client itself, not an answer from the server. */
    synchronized ScriptedApi thenCrash() {
        script.add(() -> {
            throw new IllegalStateException("client bug");
        });
        return this;
    }

    synchronized ScriptedApi thenSucceed() {
        script.add(() -> { });
        return this;
    }

    /** The next call signals {@code entered}, waits for {@code release}, then answers with {@code then}. */
    synchronized ScriptedApi thenHold(CountDownLatch entered, CountDownLatch release, ApiError then) {
        script.add(() -> {
            entered.countDown();
            release.await();
            if (then != null) throw new HoodApiException(then);
        });
        return this;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    int maxConcurrentCalls() {
        return maxInFlight.get();
    }

    /** The next read (the check before sending) fails with {@code error}. */
    synchronized ScriptedApi thenFailRead(ApiError error) {
        readFailures.add(error);
        return this;
    }

    /** Reads (the check before sending) find these properties, as they are now; by default they find nothing. */
    ScriptedApi serving(ProfileProperty... properties) {
        served.addAll(List.of(properties));
        return this;
    }

    int reads() {
        return reads.get();
    }

    @Override
    public PropertyPage list(ListQuery query) throws HoodApiException {
        reads.incrementAndGet();
        ApiError failure;
        synchronized (this) {
            failure = readFailures.poll();
        }
        if (failure != null) throw new HoodApiException(failure);
        // by default the check before sending finds nothing: edits are sent unjudged
        return new PropertyPage(served.size(), List.copyOf(served), RateLimitHeaders.none(200));
    }

    @Override
    public Optional<ProfileProperty> create(NewProperty property) {
        throw new UnsupportedOperationException("this test API creates nothing");
    }

    @Override
    public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes)
            throws HoodApiException, InterruptedException {
        if (changes.isEmpty()) throw new IllegalArgumentException("empty PATCH");
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            calls.add(new Call(id, Map.copyOf(changes), clock.instant()));
            Answer answer;
            synchronized (this) {
                answer = script.poll();
            }
            if (answer != null) answer.answer();
            return RateLimitHeaders.none(204);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    static ApiError error(int status) {
        ApiErrorKind kind = switch (status) {
            case 400 -> ApiErrorKind.BAD_REQUEST;
            case 401 -> ApiErrorKind.UNAUTHORIZED;
            case 403 -> ApiErrorKind.FORBIDDEN;
            case 404 -> ApiErrorKind.NOT_FOUND;
            default -> ApiErrorKind.SERVER_ERROR;
        };
        return new ApiError(kind, status, "Title " + status, "Message " + status, "trace-" + status, null);
    }

    static ApiError rateLimited(Long retryAfterSeconds) {
        return new ApiError(ApiErrorKind.RATE_LIMITED, 429, "Too many requests.", null, "trace-429", retryAfterSeconds);
    }

    static ApiError network() {
        return ApiError.network("Connection reset");
    }

    static ApiError malformed() {
        return ApiError.malformed(200, "not JSON");
    }
}
