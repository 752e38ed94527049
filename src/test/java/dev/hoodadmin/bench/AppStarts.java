package dev.hoodadmin.bench;

import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts of the app itself ({@link AppStartRun}) on one live account against a simulator in this JVM: a first
 * start fills the account's kept copy, each later one is a second start. No keychain (no D-Bus session bus): the
 * token comes from {@code HOOD_API_TOKEN}, as for a person who sets it.
 */
final class AppStarts implements AutoCloseable {
    private static final String TOKEN = "start-benchmark-token";
    private final HoodSimulator simulator;
    private final Path home;
    private final int rows;
    private final boolean headless;

    /** @param headless Monocle without a screen; else the toolkit of the machine (GTK on {@code DISPLAY}, e.g. Xvfb) */
    AppStarts(int rows, boolean headless) throws Exception {
        this.rows = rows;
        this.headless = headless;
        this.simulator = HoodSimulator.start(SimulatorConfig.builder(TOKEN).properties(rows).rateLimitsEnabled(false)
                .build());
        this.home = Files.createTempDirectory("startbench-app");
    }

    /**
     * One start: ms from starting the process to the window shown, its first rows and all rows (empty when it never
     * showed them all); every line it printed goes to {@code log}.
     */
    Optional<long[]> start(String classpath, List<String> jvmOptions, List<String> log) throws Exception {
        return start(classpath, jvmOptions, log, false);
    }

    /** The first start: as {@link #start(String, List, List)}, quitting only once the kept copy is complete. */
    Optional<long[]> fill(String classpath, List<String> jvmOptions) throws Exception {
        return start(classpath, jvmOptions, new ArrayList<>(), true);
    }

    private Optional<long[]> start(String classpath, List<String> jvmOptions, List<String> log, boolean fill)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (headless) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dheadless.geometry=1920x1080-32", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"));
        }
        command.addAll(List.of("-Duser.language=en", "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                "-cp", classpath, AppStartRun.class.getName(), Integer.toString(rows), fill ? "fill" : "start"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOOD_ADMIN_HOME", home.resolve("app-home").toString());
        builder.environment().put("HOOD_API_URL", simulator.baseUri().toString());
        builder.environment().put("HOOD_API_TOKEN", TOKEN);
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.resolve("no-bus"));
        long launched = System.currentTimeMillis();
        Process process = builder.start();
        Optional<long[]> figures = Optional.empty();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                log.add(line);
                if (!line.startsWith("  app ")) continue;
                String[] parts = line.trim().split(" ");
                long[] times = new long[3];
                for (int i = 0; i < 3; i++) times[i] = Long.parseLong(parts[2 + i]) - launched;
                figures = Optional.of(times);
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) process.destroyForcibly();
        return figures;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
