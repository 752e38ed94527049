package dev.hoodadmin.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs commands as OS processes. Blocks up to the timeout: never call it on the JavaFX thread. */
public final class ProcessCommandRunner implements CommandRunner {
    private static final System.Logger LOG = System.getLogger(ProcessCommandRunner.class.getName());
    /** The queries print a line; more than this is not an answer we understand. */
    private static final int MAX_OUTPUT = 4096;

    @Override
    public Optional<Result> run(List<String> command, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            // the tool is not installed on this desktop: nothing to learn from it
            LOG.log(System.Logger.Level.DEBUG, "Could not run " + command.get(0) + ": " + e.getMessage());
            return Optional.empty();
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.INFO, command.get(0) + " did not answer within " + timeout.toMillis() + " ms");
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                String text = new String(out.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
                return Optional.of(new Result(process.exitValue(), text));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            process.destroyForcibly();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
