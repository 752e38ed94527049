package dev.hoodadmin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code hood-admin} command in a separate JVM (the real entry point, the real rate budget) against the
 * harness's simulator, so a test can kill it with SIGKILL mid-run; its stdout and stderr go to files in {@code home}.
 */
final class ChildCli {
    private final Path home;

    ChildCli(Path home) {
        this.home = home;
    }

    /** Starts {@code hood-admin <command> <args> --api-url <sim> --state-dir <dir>} with the test token. */
    Process start(CliHarness cli, String command, String... args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "dev.hoodadmin.Main", command));
        line.addAll(List.of(args));
        line.addAll(List.of("--api-url", cli.url(), "--state-dir", cli.stateDir().toString()));
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectOutput(home.resolve("child.out").toFile())
                .redirectError(home.resolve("child.err").toFile());
        builder.environment().remove("HOOD_API_URL");
        // its own app-data folder (and so SQLite's native folder), never the user's
        builder.environment().put("HOOD_ADMIN_HOME", home.resolve("app-home").toString());
        builder.environment().put("HOOD_API_TOKEN", CliHarness.TOKEN);
        return builder.start();
    }

    String err() throws IOException {
        Path err = home.resolve("child.err");
        return Files.exists(err) ? Files.readString(err) : "";
    }

    static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition not met in time").isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
