package dev.hoodadmin.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded Hood API server for profile properties, on 127.0.0.1 only: demo mode, tests over real
 * HTTP, and manual testing. Independent of the app's own API client, so it can catch its mistakes.
 *
 * <pre>{@code
 * try (HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder("t0k3n").build())) {
 *     URI base = sim.baseUri(); // http://127.0.0.1:<port>
 *     sim.faults().loseNextPatchResponses(1);
 * }
 * }</pre>
 */
public final class HoodSimulator implements AutoCloseable {
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server leaves Nagle's algorithm on and writes headers and body separately, which meets
        // the client's delayed ACK: about 50 ms per answer instead of 2 (measured on loopback). The JDK reads this property once,
        // when the first server of the JVM starts, so it is set here unless someone chose otherwise.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final PropertyStore store;
    private final RateLimiter rateLimiter;
    private final SimulatorFaults faults;
    private final SimulatorStats stats;
    private final java.time.Clock clock;

    private HoodSimulator(HttpServer server, ExecutorService workers, PropertyStore store, RateLimiter rateLimiter,
                          SimulatorFaults faults, SimulatorStats stats, java.time.Clock clock) {
        this.clock = clock;
        this.server = server;
        this.workers = workers;
        this.store = store;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.stats = stats;
    }

    /** Generates the data, binds the port and starts serving. */
    public static HoodSimulator start(SimulatorConfig config) {
        PropertyStore store = new PropertyStore(new SampleDataGenerator(config.seed()).generate(config.properties()));
        SimulatorStats stats = new SimulatorStats();
        SimulatorFaults faults = new SimulatorFaults(config.seed());
        RateLimiter rateLimiter = new RateLimiter(config);
        ObjectMapper json = new ObjectMapper();
        Router router = new Router(
                new ListPropertiesEndpoint(store, new ListQueryParser(config.defaultPageSize(), config.maxPageSize()), json),
                new PatchPropertyEndpoint(store, new BodyValidator(), config.clock()),
                new CreatePropertyEndpoint(store, new BodyValidator(), config.clock(), json));
        SimulatorHttpHandler handler = new SimulatorHttpHandler(new BearerAuth(config.token()),
                new InFlightGate(config.maxInFlight(), stats), rateLimiter, faults, router, new ErrorWriter(json), stats);
        // More threads than the parallel limit, so requests over it really arrive and get their 429.
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(16, config.maxInFlight() + 8), daemonThreads());
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByName("127.0.0.1"), config.port()), 128);
            server.createContext("/", handler);
            server.setExecutor(workers);
            server.start();
            return new HoodSimulator(server, workers, store, rateLimiter, faults, stats, config.clock());
        } catch (IOException e) {
            workers.shutdownNow();
            throw new UncheckedIOException("Could not start the Hood simulator on port " + config.port(), e);
        }
    }

    /** e.g. {@code http://127.0.0.1:54321}; the API lives under {@code /v1/hood/profile-properties}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public SimulatorFaults faults() {
        return faults;
    }

    public SimulatorStats stats() {
        return stats;
    }

    public int propertyCount() {
        return store.size();
    }

    /** The property as the list endpoint would return it now (JSON names and values), if the id exists. */
    public Optional<Map<String, Object>> property(String id) {
        return store.find(id).map(row -> Collections.unmodifiableMap(row.toJson(EnumSet.allOf(PropertyField.class))));
    }

    /** How many properties carry exactly this label (a test's check that nothing was created twice). */
    public long propertiesWithLabel(String label) {
        return store.snapshot().stream().filter(row -> label.equals(row.get(PropertyField.LABEL))).count();
    }

    /** Deletes a property as an admin in the web console would (the API has no delete); false if unknown. */
    public boolean deleteProperty(String id) {
        return store.delete(id);
    }

    /**
     * Changes a field as another admin or a script would, outside this API's budget: the value is set and
     * update_time stamped, so a client's next read sees a change it did not make. {@code field} is the JSON name
     * of an updatable field; flags take "0" or "1". False if the id is unknown.
     */
    public boolean changeElsewhere(String id, String field, String value) {
        PropertyField updatable = PropertyField.byJsonName(field).filter(f -> f.allows(PropertyField.Use.UPDATE))
                .orElseThrow(() -> new IllegalArgumentException("Not an updatable field: " + field));
        Map<PropertyField, Object> changes = new java.util.EnumMap<>(PropertyField.class);
        changes.put(updatable, updatable.kind() == PropertyField.Kind.FLAG ? Integer.valueOf(value) : value);
        changes.put(PropertyField.UPDATE_TIME, SampleDataGenerator.timestamp(java.time.LocalDateTime.now(clock)));
        if (store.find(id).isEmpty()) return false;
        store.update(id, row -> row.with(changes));
        return true;
    }

    /** Spends {@code requests} from both rate windows, as another client of the same account would. */
    public void spendBudget(int requests) {
        if (requests < 0) {
            throw new IllegalArgumentException("requests must not be negative");
        }
        rateLimiter.spend(requests);
    }

    /** Stops at once; requests still running are cut off. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "hood-sim-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
