package dev.hoodadmin.bench;

import dev.hoodadmin.Main;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.cli.CliEnvironment;
import dev.hoodadmin.cli.CliFactory;
import dev.hoodadmin.engine.GateFactory;
import dev.hoodadmin.ratelimit.FixedWindow;
import dev.hoodadmin.ratelimit.FixedWindowSchedule;
import dev.hoodadmin.ratelimit.RateBudgetConfig;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One measured drain: a fresh simulator with Hood's real limits on the real clock (so no budget is shared
 * with another run), N single-field edits applied in-process through {@code hood-admin apply}, and the
 * figures the benchmark prints.
 */
final class DrainRun {
    static final String TOKEN = "bench-token";

    /** What one run measured. */
    record Figures(String client, int edits, int exitCode, Duration wall, Duration span, Duration minimum,
                   long tooManyRequests, long patches, long reads, long applied, Duration firstOffsetInSecond,
                   Duration firstOffsetInMinute, Duration admission) {

        double ratio() {
            return minimum.isZero() ? Double.NaN : (double) span.toNanos() / minimum.toNanos();
        }
    }

    private DrainRun() {
    }

    static Figures measure(String client, int edits, Supplier<RequestGate> gate, Path workDir) throws Exception {
        SimulatorConfig.Builder config = SimulatorConfig.builder(TOKEN).properties(Math.max(300, edits * 2));
        try (HoodSimulator sim = HoodSimulator.start(config.build())) {
            List<String> ids = customIds(config, edits);
            Path csv = Files.createTempFile(workDir, "edits", ".csv");
            Files.writeString(csv, "id,field,value\n" + ids.stream()
                    .map(id -> id + ",example,bench " + client + " " + id + "\n").collect(Collectors.joining()));
            List<RecordingGate> recorders = new ArrayList<>();
            GateFactory factory = () -> {
                RecordingGate recorder = new RecordingGate(gate.get());
                recorders.add(recorder);
                return recorder;
            };
            CliEnvironment environment = new CliEnvironment(Map.of("HOOD_API_TOKEN", TOKEN), "Linux", workDir,
                    Clock.systemUTC(), factory, Duration.ofDays(1));
            CommandLine commandLine = new CommandLine(new Main(), new CliFactory(environment));
            StringWriter output = new StringWriter();
            commandLine.setOut(new PrintWriter(output));
            commandLine.setErr(new PrintWriter(output));

            long start = System.nanoTime();
            int exitCode = commandLine.execute("apply", "--input", csv.toString(), "--api-url", sim.baseUri().toString(),
                    "--state-dir", Files.createTempDirectory(workDir, "state").toString());
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            if (exitCode != 0) System.err.println(output);

            List<RecordingGate.Grant> grants = recorders.get(0).grants();
            RecordingGate.Grant first = grants.get(0);
            Duration span = Duration.ofNanos(grants.get(grants.size() - 1).nanos() - first.nanos());
            int needed = edits + (edits + 499) / 500; // one PATCH per property, one read per 500 ids
            Duration minimum = FixedWindowSchedule.minimumDuration(needed, phasesAt(first.epochMillis()));
            Duration admission = grants.size() > 1 ? Duration.ofNanos(grants.get(1).nanos() - first.nanos()) : Duration.ZERO;
            long applied = ids.stream().filter(id -> ("bench " + client + " " + id)
                    .equals(sim.property(id).orElseThrow().get("example"))).count();
            Map<String, Long> answers = sim.stats().byMethodAndStatus();
            return new Figures(client, edits, exitCode, wall, span, minimum, sim.stats().tooManyRequests(),
                    count(answers, "PATCH") + sim.stats().lostResponses(), count(answers, "GET"), applied,
                    Duration.ofMillis(first.epochMillis() % 1000), Duration.ofMillis(first.epochMillis() % 60_000),
                    admission);
        }
    }

    /** Where the first request fell in the simulator's windows (boundaries at whole epoch seconds and minutes). */
    private static List<FixedWindowSchedule.WindowPhase> phasesAt(long epochMillis) {
        List<FixedWindowSchedule.WindowPhase> phases = new ArrayList<>();
        for (FixedWindow window : RateBudgetConfig.HOOD_CLASS_C) {
            long length = window.length().toMillis();
            phases.add(new FixedWindowSchedule.WindowPhase(window, Duration.ofMillis(epochMillis % length)));
        }
        return phases;
    }

    private static long count(Map<String, Long> answers, String method) {
        return answers.entrySet().stream().filter(e -> e.getKey().startsWith(method + " "))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Custom (non-system) ids, read from a twin simulator (same seed and size) so the measured one's budget stays whole. */
    private static List<String> customIds(SimulatorConfig.Builder config, int count) throws Exception {
        try (HoodSimulator twin = HoodSimulator.start(config.rateLimitsEnabled(false).build())) {
            HoodClient client = HoodClient.create(new Endpoint(twin.baseUri()), ApiToken.of(TOKEN), RequestGate.UNLIMITED);
            List<String> ids = new PropertyPager(client, d -> { }).fetchAll(ListQuery.all(), 500, (r, l, t) -> { })
                    .stream().filter(p -> !p.isSystem()).map(ProfileProperty::id).limit(count).toList();
            if (ids.size() < count) throw new IllegalStateException("only " + ids.size() + " custom properties");
            return ids;
        }
    }
}
