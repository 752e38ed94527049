package dev.hoodadmin.bench;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;

import java.util.List;
import java.util.Locale;

/**
 * The list load against the simulator serving at most 100 or 1,000 rows a page: requests the app's pager makes
 * for every property, the optimum (rows ÷ largest page, rounded up), and the same with the fixed 500-row page the
 * app asked for before. Rate limits off, so the wall time is the work; the time Hood's limits (10/s, 150/min)
 * need for those requests at least is printed beside it.
 */
public final class ListLoadRun {
    private static final String TOKEN = "bench-token";
    private static final int ROWS = 100_000;

    public static void main(String[] args) throws Exception {
        System.out.println("List load of " + String.format(Locale.US, "%,d", ROWS) + " properties (simulator, loopback):");
        System.out.println("| server max page | requests (learned page) | optimum | ratio | wall | at Hood's limits ≥ "
                + "| requests (fixed 500, before) | ratio |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int max : List.of(100, 1_000)) {
            try (HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder(TOKEN).properties(ROWS)
                    .rateLimitsEnabled(false).maxInFlight(0).pageSizes(20, max).build())) {
                HoodClient client = HoodClient.create(new Endpoint(sim.baseUri()), ApiToken.of(TOKEN), RequestGate.UNLIMITED);
                long start = System.nanoTime();
                int read = new PropertyPager(client, pause -> { }).fetchAll(ListQuery.all(), (r, l, t) -> { }).size();
                long wall = System.nanoTime() - start;
                long learned = sim.stats().requests();
                sim.stats().reset();
                new PropertyPager(client, pause -> { }).fetchAll(ListQuery.all(), 500, (r, l, t) -> { });
                long fixed = sim.stats().requests();
                long optimum = (ROWS + max - 1) / max;
                if (read != ROWS) throw new IllegalStateException("read " + read + " of " + ROWS);
                System.out.printf(Locale.US, "| %,d | %,d | %,d | %.2f | %.1f s | %s | %,d | %.2f |%n", max, learned,
                        optimum, (double) learned / optimum, wall / 1e9, hoodMinimum(learned), fixed,
                        (double) fixed / optimum);
            }
        }
        System.exit(0);
    }

    /** The least time n requests take under 150 per minute and 10 per second, starting at a window's start. */
    private static String hoodMinimum(long requests) {
        long fullMinutes = (requests - 1) / 150;
        long inLastMinute = (requests - 1) % 150;
        return String.format(Locale.US, "%d s", fullMinutes * 60 + inLastMinute / 10);
    }
}
