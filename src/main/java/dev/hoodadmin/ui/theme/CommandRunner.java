package dev.hoodadmin.ui.theme;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Runs a small query command; injectable so theme detection is testable without the real OS. */
@FunctionalInterface
public interface CommandRunner {

    /** What a finished command printed (stdout and stderr together). */
    record Result(int exitCode, String output) {
    }

    /** Empty if the command is missing, fails to start or does not finish within {@code timeout}. */
    Optional<Result> run(List<String> command, Duration timeout);
}
