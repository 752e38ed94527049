package dev.hoodadmin.cli;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.FieldEdit;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import picocli.CommandLine;
import dev.hoodadmin.Main;

import java.io.BufferedInputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One measured run for {@code bench.CsvMemoryBenchmark}, in a JVM of its own so its peak heap is its alone.
 * Prints {@code peak-heap-bytes <n>} last.
 * <ul>
 *   <li>{@code whole-file CSV STATE}: the former way: the whole file read into memory, parsed into a list, checked
 *       into a list, staged in one call</li>
 *   <li>{@code streamed CSV STATE}: as {@code apply} reads now: row by row into one staging transaction</li>
 *   <li>{@code apply CSV STATE}: the whole {@code apply} (stream, admit in batches, send) against an embedded
 *       simulator without rate limits</li>
 * </ul>
 */
public final class CsvMemoryProbe {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path csv = Path.of(args[1]);
        Path state = Path.of(args[2]);
        if (mode.equals("apply")) {
            apply(csv, state);
        } else {
            try (HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder("probe").rateLimitsEnabled(false).build());
                 AccountWorkspace account = AccountWorkspace.open(state, new Endpoint(sim.baseUri()), ApiToken.of("probe"),
                         WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED))) {
                int staged = mode.equals("whole-file") ? wholeFile(csv, account) : streamed(csv, account);
                System.out.println("staged " + staged);
            }
        }
        System.out.println("peak-heap-bytes " + peakHeap());
    }

    private static int wholeFile(Path csv, AccountWorkspace account) throws Exception {
        List<CsvRow> rows = EditsCsvReader.parse(Files.readAllBytes(csv));
        List<FieldEdit> edits = new ArrayList<>();
        for (CsvRow row : rows) RowChecker.check("edits.csv", row, refusal -> { }).ifPresent(edits::add);
        account.staged().add(edits);
        return edits.size();
    }

    private static int streamed(Path csv, AccountWorkspace account) throws Exception {
        try (var in = new BufferedInputStream(Files.newInputStream(csv))) {
            return account.staged().<java.io.IOException>addAll(staged -> EditsCsvReader.read(in,
                    row -> RowChecker.check("edits.csv", row, refusal -> { }).ifPresent(staged)));
        }
    }

    private static void apply(Path csv, Path state) {
        try (HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder("probe").rateLimitsEnabled(false).build())) {
            CliEnvironment environment = new CliEnvironment(Map.of("HOOD_API_TOKEN", "probe"), "Linux", state,
                    Clock.systemUTC(), () -> RequestGate.UNLIMITED, Duration.ofSeconds(5));
            CommandLine commandLine = new CommandLine(new Main(), new CliFactory(environment));
            LastLine err = new LastLine();
            commandLine.setErr(new PrintWriter(err, true));
            int exit = commandLine.execute("apply", "--input", csv.toString(), "--api-url", sim.baseUri().toString(),
                    "--state-dir", state.toString());
            System.out.println("exit " + exit + "; " + err.last);
        }
    }

    /** Keeps only the last complete line (the summary), so the refusal lines cost no memory here. */
    private static final class LastLine extends java.io.Writer {
        private final StringBuilder current = new StringBuilder();
        String last = "";

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    if (!current.toString().isBlank()) last = current.toString();
                    current.setLength(0);
                } else {
                    current.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
