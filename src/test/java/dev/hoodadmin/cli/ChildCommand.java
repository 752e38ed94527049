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
 * {@code hood-admin apply} in a separate JVM (the real entry point, the test class path), against the harness's
 * simulator, so a test can kill it with SIGKILL; its output goes to files in {@code home}.
 */
final class ChildCommand {
    private ChildCommand() {
    }

    static Process apply(CliHarness cli, Path home, Path csv) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "dev.hoodadmin.Main", "apply", "--input", csv.toString(), "--api-url", cli.url(),
                "--state-dir", cli.stateDir().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("child.out").toFile())
                .redirectError(home.resolve("child.err").toFile());
        builder.environment().remove("HOOD_API_URL");
        builder.environment().remove("HOOD_ADMIN_HOME");
        builder.environment().put("HOOD_API_TOKEN", CliHarness.TOKEN);
        return builder.start();
    }

    /** What the child wrote to stderr so far. */
    static String err(Path home) throws IOException {
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
