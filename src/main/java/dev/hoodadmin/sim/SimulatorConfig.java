package dev.hoodadmin.sim;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link HoodSimulator} needs to start. Build with {@link #builder(String)}; the defaults
 * mirror the published class-C limits of the Hood profile-properties endpoints.
 *
 * @param properties        number of generated properties (1..100_000)
 * @param seed              seed for the sample data and for the fault dice, so runs repeat exactly
 * @param token             the bearer token every request must carry; never printed by {@link #toString()}
 * @param port              TCP port on 127.0.0.1; 0 picks a free one
 * @param rateLimitsEnabled false switches off both fixed windows (the parallel limit stays, see maxInFlight)
 * @param windowPhase       shifts the window boundaries away from whole epoch seconds/minutes, so a
 *                          client that learns the server's alignment can be tested
 * @param maxInFlight       requests handled at once before answering 429 with Retry-After -1; 0 = no limit
 * @param maxPageSize       larger requested page sizes are clamped to this
 * @param clock             drives the rate-limit windows and update_time; inject a fake one in tests
 */
public record SimulatorConfig(
        int properties,
        long seed,
        String token,
        int port,
        boolean rateLimitsEnabled,
        int burstLimit,
        Duration burstWindow,
        int steadyLimit,
        Duration steadyWindow,
        Duration windowPhase,
        int maxInFlight,
        int defaultPageSize,
        int maxPageSize,
        Clock clock) {

    public static final int MAX_PROPERTIES = 100_000;

    public SimulatorConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(burstWindow, "burstWindow");
        Objects.requireNonNull(steadyWindow, "steadyWindow");
        Objects.requireNonNull(windowPhase, "windowPhase");
        Objects.requireNonNull(clock, "clock");
        require(!token.isBlank(), "token must not be blank");
        require(properties >= 1 && properties <= MAX_PROPERTIES, "properties must be 1.." + MAX_PROPERTIES);
        require(port >= 0 && port <= 65_535, "port must be 0..65535");
        require(burstLimit >= 1 && steadyLimit >= 1, "rate limits must be at least 1");
        require(burstWindow.toMillis() >= 1 && steadyWindow.toMillis() >= 1, "windows must be at least 1 ms");
        require(maxInFlight >= 0, "maxInFlight must be >= 0 (0 = unlimited)");
        require(defaultPageSize >= 1 && maxPageSize >= defaultPageSize, "need 1 <= defaultPageSize <= maxPageSize");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static Builder builder(String token) {
        return new Builder(token);
    }

    @Override
    public String toString() {
        return "SimulatorConfig[properties=" + properties + ", seed=" + seed + ", token=***, port=" + port
                + ", rateLimitsEnabled=" + rateLimitsEnabled + ", burst=" + burstLimit + "/" + burstWindow
                + ", steady=" + steadyLimit + "/" + steadyWindow + ", windowPhase=" + windowPhase
                + ", maxInFlight=" + maxInFlight + ", pageSize=" + defaultPageSize + ".." + maxPageSize + "]";
    }

    /** Mutable builder; every setter returns this. */
    public static final class Builder {
        private final String token;
        private int properties = 300;
        private long seed = 42;
        private int port = 0;
        private boolean rateLimitsEnabled = true;
        private int burstLimit = 10;
        private Duration burstWindow = Duration.ofSeconds(1);
        private int steadyLimit = 150;
        private Duration steadyWindow = Duration.ofMinutes(1);
        private Duration windowPhase = Duration.ZERO;
        private int maxInFlight = 8;
        private int defaultPageSize = 20;
        private int maxPageSize = 500;
        private Clock clock = Clock.systemUTC();

        private Builder(String token) {
            this.token = token;
        }

        public Builder properties(int count) { this.properties = count; return this; }

        public Builder seed(long seed) { this.seed = seed; return this; }

        public Builder port(int port) { this.port = port; return this; }

        public Builder rateLimitsEnabled(boolean enabled) { this.rateLimitsEnabled = enabled; return this; }

        public Builder burst(int limit, Duration window) {
            this.burstLimit = limit;
            this.burstWindow = window;
            return this;
        }

        public Builder steady(int limit, Duration window) {
            this.steadyLimit = limit;
            this.steadyWindow = window;
            return this;
        }

        public Builder windowPhase(Duration phase) { this.windowPhase = phase; return this; }

        public Builder maxInFlight(int max) { this.maxInFlight = max; return this; }

        public Builder pageSizes(int defaultSize, int maxSize) {
            this.defaultPageSize = defaultSize;
            this.maxPageSize = maxSize;
            return this;
        }

        public Builder clock(Clock clock) { this.clock = clock; return this; }

        public SimulatorConfig build() {
            return new SimulatorConfig(properties, seed, token, port, rateLimitsEnabled, burstLimit, burstWindow,
                    steadyLimit, steadyWindow, windowPhase, maxInFlight, defaultPageSize, maxPageSize, clock);
        }
    }
}
