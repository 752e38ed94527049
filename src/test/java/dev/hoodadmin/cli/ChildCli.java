package dev.hoodadmin.cli;

import dev.hoodadmin.sim.SimulatorConfig;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hood-admin} commands in a separate JVM (the real entry point, the real rate budget) against a harness's
 * simulator, so a test can kill one with SIGKILL mid-run; stdout and stderr go to {@code child.out/.err} in the
 * harness's home. Registered with {@code @RegisterExtension}, it owns the harness and stops both after each test.
 */
final class ChildCli implements AfterEachCallback {
    private Path home;
    private CliHarness cli;
    private Process child;

    /** A harness (simulator and state folder) in a fresh folder, closed after the test. */
    CliHarness harness(SimulatorConfig.Builder config) throws IOException {
        home = Files.createTempDirectory("hood-child-cli");
        cli = new CliHarness(config, home);
        return cli;
    }

    /** Starts {@code hood-admin <command> <args> --api-url <sim> --state-dir <dir>} with the test token. */
    Process start(String command, String... args) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.hoodadmin.Main", command));
        line.addAll(List.of(args));
        line.addAll(List.of("--api-url", cli.url(), "--state-dir", cli.stateDir().toString()));
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectOutput(home.resolve("child.out").toFile())
                .redirectError(home.resolve("child.err").toFile());
        builder.environment().remove("HOOD_API_URL");
        // its own app-data folder (and so SQLite's native folder), never the user's
        builder.environment().put("HOOD_ADMIN_HOME", home.resolve("app-home").toString());
        builder.environment().put("HOOD_API_TOKEN", CliHarness.TOKEN);
        child = builder.start();
        return child;
    }

    /** SIGKILL: no shutdown hook, no cleanup. */
    void kill() throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("the killed command ended").isTrue();
    }

    String out() throws IOException {
        return read("child.out");
    }

    String err() throws IOException {
        return read("child.err");
    }

    private String read(String name) throws IOException {
        Path file = home.resolve(name);
        return Files.exists(file) ? Files.readString(file) : "";
    }

    static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition not met in time").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (child != null) child.destroyForcibly();
        if (cli != null) cli.close();
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
