package dev.hoodadmin.cli;

import dev.hoodadmin.engine.GateFactory;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.Main;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.outbox.RetryPolicy;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Runs {@code hood-admin} commands in-process against an embedded simulator over loopback, with an injected
 * environment (token, state folder, gate) and captured stdout/stderr.
 */
final class CliHarness implements AutoCloseable {
    static final String TOKEN = "cli-test-token";

    /** What one command run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    final HoodSimulator sim;
    final Path home;
    private final List<ProfileProperty> initial;
    private GateFactory gates = () -> RequestGate.UNLIMITED;
    /** As many retries as the app, but fast: an edit whose sends all fail ends FAILED in well under a second. */
    private UnaryOperator<WorkspaceOptions> tuning = options -> options.withRetryPolicy(
            new RetryPolicy(Duration.ofMillis(10), Duration.ofMillis(40), 8, 0.0, new Random(3)));

    CliHarness(SimulatorConfig.Builder config, Path home) {
        this.sim = HoodSimulator.start(config.build());
        this.home = home;
        // read the sample data from a twin (same seed and size), so the tested server's budget stays untouched
        try (HoodSimulator twin = HoodSimulator.start(config.rateLimitsEnabled(false).port(0).build())) {
            this.initial = readAll(twin);
        }
    }

    /** 300 properties, rate limits off, page sizes as the real API. */
    static SimulatorConfig.Builder unlimited() {
        return SimulatorConfig.builder(TOKEN).rateLimitsEnabled(false);
    }

    CliHarness withGates(GateFactory factory) {
        this.gates = factory;
        return this;
    }

    /** Changes how commands open the account, on top of the fast retries. */
    CliHarness withTuning(UnaryOperator<WorkspaceOptions> more) {
        UnaryOperator<WorkspaceOptions> before = tuning;
        tuning = options -> more.apply(before.apply(options));
        return this;
    }

    String url() {
        return sim.baseUri().toString();
    }

    Path stateDir() {
        return home.resolve("state");
    }

    Run run(String... args) {
        return runWithEnv(Map.of("HOOD_API_TOKEN", TOKEN), args);
    }

    Run runWithEnv(Map<String, String> variables, String... args) {
        Map<String, String> env = new HashMap<>(variables);
        env.put("HOOD_ADMIN_HOME", home.resolve("default-home").toString());
        CliEnvironment environment = new CliEnvironment(env, "Linux", home, Clock.systemUTC(), gates, Duration.ZERO,
                tuning);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main(), new CliFactory(environment));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** {@code apply --input <file> --api-url <sim> --state-dir <dir>}. */
    Run apply(Path csv) {
        return onAccount("apply", "--input", csv.toString());
    }

    /** {@code create --input <file> --api-url <sim> --state-dir <dir>}. */
    Run create(Path csv) {
        return onAccount("create", "--input", csv.toString());
    }

    /** How many properties on the server carry this label right now. */
    long withLabel(String label) {
        return sim.propertiesWithLabel(label);
    }

    Run resume(String... options) {
        List<String> words = new java.util.ArrayList<>(List.of("resume"));
        words.addAll(List.of(options));
        return onAccount(words.toArray(String[]::new));
    }

    /** A command on this harness's account: {@code <words> --api-url <sim> --state-dir <dir>}. */
    Run onAccount(String... words) {
        List<String> args = new java.util.ArrayList<>(List.of(words));
        args.addAll(List.of("--api-url", url(), "--state-dir", stateDir().toString()));
        return run(args.toArray(String[]::new));
    }

    Path csv(String content) {
        try {
            Path file = Files.createTempFile(home, "edits", ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> customIds(int count) {
        return initial.stream().filter(p -> !p.isSystem()).map(ProfileProperty::id).limit(count).toList();
    }

    List<String> systemIds(int count) {
        return initial.stream().filter(ProfileProperty::isSystem).map(ProfileProperty::id).limit(count).toList();
    }

    /** A field of a property as the server holds it now (flags as Integer). */
    Object serverValue(String id, String field) {
        return sim.property(id).orElseThrow().get(field);
    }

    long patchesSent() {
        return sent("PATCH");
    }

    long listReads() {
        return sent("GET");
    }

    private long sent(String method) {
        return sim.stats().byMethodAndStatus().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(method + " ")).mapToLong(Map.Entry::getValue).sum()
                + (method.equals("PATCH") ? sim.stats().lostResponses() : 0);
    }

    private static List<ProfileProperty> readAll(HoodSimulator twin) {
        HoodClient client = HoodClient.create(new Endpoint(twin.baseUri()), ApiToken.of(TOKEN), RequestGate.UNLIMITED);
        try {
            return new PropertyPager(client, d -> { }).fetchAll(ListQuery.all(), 500, (r, l, t) -> { });
        } catch (Exception e) {
            throw new IllegalStateException("could not read the simulator's properties", e);
        }
    }

    @Override
    public void close() {
        sim.close();
    }
}
