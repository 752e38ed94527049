package dev.hoodadmin.cli;

import dev.hoodadmin.account.AppDataDirectory;
import dev.hoodadmin.account.ConnectionSettings;
import dev.hoodadmin.engine.GateFactory;
import dev.hoodadmin.engine.WorkspaceOptions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a command takes from the world around it, injected so tests can run commands in-process with
 * their own variables, folders and gate.
 *
 * @param variables        environment variables (HOOD_API_TOKEN, HOOD_API_URL, HOOD_ADMIN_HOME, ...)
 * @param osName           the {@code os.name} system property, to find the usual app-data folder
 * @param userHome         the user's home folder
 * @param clock            drives the outbox and the progress lines
 * @param gates            makes the rate budget of each run
 * @param progressInterval least time between two progress lines
 * @param tuning           changes to how accounts are opened (tests: fast retries, short deadlines); identity
 *                         outside tests
 */
public record CliEnvironment(Map<String, String> variables, String osName, Path userHome, Clock clock,
                             GateFactory gates, Duration progressInterval, UnaryOperator<WorkspaceOptions> tuning) {

    public CliEnvironment {
        variables = Map.copyOf(variables);
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(userHome, "userHome");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(gates, "gates");
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(tuning, "tuning");
    }

    /** Accounts opened as the app opens them. */
    public CliEnvironment(Map<String, String> variables, String osName, Path userHome, Clock clock, GateFactory gates,
                          Duration progressInterval) {
        this(variables, osName, userHome, clock, gates, progressInterval, UnaryOperator.identity());
    }

    /** This process's environment, the real clock and Hood's rate limits. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")), Clock.systemUTC(), GateFactory.hoodLimits(),
                Duration.ofSeconds(2));
    }

    public CliEnvironment withGates(GateFactory replacement) {
        return new CliEnvironment(variables, osName, userHome, clock, replacement, progressInterval, tuning);
    }

    /** How a command opens its account: the app's standard options on this environment's clock and gate. */
    WorkspaceOptions workspaceOptions() {
        return tuning.apply(WorkspaceOptions.standard().withClock(clock).withGates(gates));
    }

    ConnectionSettings connectionSettings() {
        return new ConnectionSettings(variables);
    }

    /** {@code --state-dir} if given, else HOOD_ADMIN_HOME, else the OS's app-data folder. */
    Path stateRoot(Path stateDirOption) {
        return AppDataDirectory.resolve(stateDirOption, variables, osName, userHome);
    }
}
