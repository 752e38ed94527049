package dev.hoodadmin.sim;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/** {@code sim}: runs the Hood API simulator in the foreground until the process is stopped. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Serve a simulated Hood profile-properties API on 127.0.0.1 for demos and manual testing.")
public final class SimulatorCommand implements Callable<Integer> {
    static final String DEFAULT_TOKEN = "demo-token";

    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--properties", defaultValue = "300", description = "Number of sample properties, up to 100000 (default: ${DEFAULT-VALUE}).")
    int properties;

    @Option(names = "--token", defaultValue = "${env:HOOD_SIM_TOKEN:-" + DEFAULT_TOKEN + "}",
            description = "Bearer token clients must send (default: $HOOD_SIM_TOKEN, else " + DEFAULT_TOKEN + ").")
    String token;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for the sample data and fault dice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-rate-limit", description = "Switch off the 10/1 s and 150/60 s windows (the parallel limit stays).")
    boolean noRateLimit;

    @Option(names = "--fail-rate", defaultValue = "0", description = "Probability 0..1 that a PATCH or POST answers 500 unapplied.")
    double failRate;

    @Option(names = "--lose-rate", defaultValue = "0", description = "Probability 0..1 that an applied PATCH or POST loses its response.")
    double loseRate;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Delay added to every request, in ms.")
    long latencyMs;

    @Option(names = "--max-in-flight", defaultValue = "8", description = "Parallel-request limit; 0 = none (default: ${DEFAULT-VALUE}).")
    int maxInFlight;

    @Spec
    CommandSpec spec;

    private final Consumer<HoodSimulator> serveUntilStopped;

    /** Serves until the JVM is stopped (Ctrl+C, kill). */
    public SimulatorCommand() {
        this(simulator -> awaitForever());
    }

    /** @param serveUntilStopped returns when the simulator should close; tests pass a short-lived one */
    SimulatorCommand(Consumer<HoodSimulator> serveUntilStopped) {
        this.serveUntilStopped = serveUntilStopped;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorCommand()).execute(args));
    }

    @Override
    public Integer call() {
        SimulatorConfig config = toConfig();
        try (HoodSimulator simulator = HoodSimulator.start(config)) {
            applyFaults(simulator.faults());
            printBanner(spec.commandLine().getOut(), simulator);
            Thread closer = new Thread(simulator::close, "hood-sim-shutdown");
            Runtime.getRuntime().addShutdownHook(closer);
            serveUntilStopped.accept(simulator);
            Runtime.getRuntime().removeShutdownHook(closer);
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println(e.getMessage() + ": " + e.getCause().getMessage()
                    + ". Is another program using the port? Try --port 0.");
            return 1;
        }
        return 0;
    }

    /** The options as a config; bad values become a usage error naming the option. */
    SimulatorConfig toConfig() {
        requireProbability("--fail-rate", failRate);
        requireProbability("--lose-rate", loseRate);
        if (latencyMs < 0) {
            throw new ParameterException(spec.commandLine(), "--latency-ms must not be negative");
        }
        try {
            return SimulatorConfig.builder(token).port(port).properties(properties).seed(seed)
                    .rateLimitsEnabled(!noRateLimit).maxInFlight(maxInFlight).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void applyFaults(SimulatorFaults faults) {
        faults.setPatchFailureRate(failRate).setPatchLossRate(loseRate).setLatency(Duration.ofMillis(latencyMs));
    }

    private void requireProbability(String option, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new ParameterException(spec.commandLine(), option + " must be between 0 and 1");
        }
    }

    private void printBanner(PrintWriter out, HoodSimulator simulator) {
        // Only the well-known demo token is echoed; a token the user chose stays off the screen.
        boolean demoToken = DEFAULT_TOKEN.equals(token);
        String shownToken = demoToken ? token : "$HOOD_SIM_TOKEN";
        String url = simulator.baseUri() + Router.COLLECTION;
        out.println("Hood simulator serving " + simulator.propertyCount() + " profile properties");
        out.println("  Base URL: " + simulator.baseUri());
        out.println("  Token:    " + (demoToken ? token : "(the one given with --token or HOOD_SIM_TOKEN)"));
        out.println("  Try:      curl -H \"Authorization: Bearer " + shownToken + "\" \"" + url + "?page=1,5&sort=-update_time\"");
        out.println("  Edit:     curl -X PATCH -H \"Authorization: Bearer " + shownToken + "\""
                + " -H \"Content-Type: application/json\" -d '{\"example\":\"northern_europe\"}' \"" + url + "/1000100\"");
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }

    private static void awaitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
