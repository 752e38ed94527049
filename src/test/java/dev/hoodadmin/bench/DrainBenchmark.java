package dev.hoodadmin.bench;

import dev.hoodadmin.engine.GateFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drain benchmark (prints figures; not a unit test). For each N it drains N single-field edits through
 * {@code hood-admin apply} against a fresh simulator at Hood's real limits (10 per 1 s, 150 per 60 s, fixed
 * windows, real clock), once with the rate budget and once with a naive client that sends one request every
 * 400 ms, and compares the time from the first to the last request with the theoretical minimum for the
 * window phase the first request met (greedy schedule under both windows). Takes about 8 minutes.
 *
 * <p>Run: {@code mvn -q test-compile exec:java@bench} (optionally {@code -Dexec.args="10 100"}).
 */
public final class DrainBenchmark {
    private static final int[] DEFAULT_SIZES = {10, 100, 150, 300};
    private static final Duration NAIVE_INTERVAL = Duration.ofMillis(400);

    private DrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? DEFAULT_SIZES : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path workDir = Files.createTempDirectory("hood-drain-bench");
        // warm-up (class loading, JIT, SQLite) against a throw-away simulator; not reported
        DrainRun.measure("warmup", 20, () -> dev.hoodadmin.ratelimit.RequestGate.UNLIMITED, workDir);

        List<DrainRun.Figures> results = new ArrayList<>();
        System.out.println(header());
        for (int n : sizes) {
            for (String client : List.of("budget", "naive")) {
                DrainRun.Figures figures = DrainRun.measure(client, n, client.equals("budget")
                        ? GateFactory.hoodLimits()::newGate : () -> new IntervalGate(NAIVE_INTERVAL), workDir);
                results.add(figures);
                System.out.println(row(figures));
            }
        }
        System.out.println();
        System.out.println("span = first request to last request; minimum = greedy schedule under 10/1 s and 150/60 s "
                + "for the phase the first request met (offset in second / minute); ratio = span / minimum.");
        System.out.println("requests needed per N: N PATCHes + ceil(N/500) reads; checks = reads beyond those, made by the "
                + "conflict check before sending (per 100 edits); the minimum does not include them, so the ratio shows their cost.");
    }

    private static String header() {
        return String.format(Locale.ROOT, "| %-6s | %4s | %9s | %9s | %9s | %6s | %5s | %7s | %5s | %6s | %8s | %7s | %-15s | %7s | %4s |",
                "client", "N", "wall", "span", "minimum", "ratio", "429s", "PATCHes", "reads", "checks", "per 100", "applied",
                "phase (s / min)", "admit", "exit")
                + "\n|--------|------|-----------|-----------|-----------|--------|-------|---------|-------|--------|----------|---------|"
                + "-----------------|---------|------|";
    }

    private static String row(DrainRun.Figures f) {
        return String.format(Locale.ROOT, "| %-6s | %4d | %9s | %9s | %9s | %6.3f | %5d | %7d | %5d | %6d | %8.2f | %7s | %-15s | %7s | %4d |",
                f.client(), f.edits(), seconds(f.wall()), seconds(f.span()), seconds(f.minimum()), f.ratio(),
                f.tooManyRequests(), f.patches(), f.reads(), checkReads(f), 100.0 * checkReads(f) / f.edits(),
                f.applied() + "/" + f.edits(),
                seconds(f.firstOffsetInSecond()) + " / " + seconds(f.firstOffsetInMinute()), seconds(f.admission()),
                f.exitCode());
    }

    /** Reads beyond apply's own (one per 500 ids): the conflict check's re-reads before sending. */
    private static long checkReads(DrainRun.Figures f) {
        return f.reads() - (f.edits() + 499) / 500;
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f s", d.toNanos() / 1e9);
    }
}
