package dev.hoodadmin.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code apply} in a separate JVM, killed with SIGKILL mid-drain; {@code resume} then applies every edit.
 * The child runs the real jar entry point with the real rate budget (10 per second), against a simulator in
 * this JVM that answers slowly, so the drain takes several seconds.
 */
class CrashSafetyTest {
    private static final int EDITS = 60;

    @TempDir
    Path home;
    private CliHarness cli;
    private Process child;

    @AfterEach
    void stop() {
        if (child != null) child.destroyForcibly();
        if (cli != null) cli.close();
    }

    @Test
    void noEditIsLostWhenApplyIsKilledMidDrain() throws Exception {
        cli = new CliHarness(CliHarness.unlimited().properties(300), home);
        cli.sim.faults().setLatency(Duration.ofMillis(40));
        List<String> ids = cli.customIds(EDITS);
        Path csv = cli.csv("id,field,value\n" + ids.stream().map(id -> id + ",example,after crash " + id + "\n")
                .collect(Collectors.joining()));

        child = ChildCommand.apply(cli, home, csv);
        ChildCommand.waitFor(() -> cli.sim.stats().count("PATCH", 204) >= 10 || !child.isAlive(), Duration.ofSeconds(60));
        assertThat(child.isAlive()).as("apply still draining; its stderr:%n%s", ChildCommand.err(home)).isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long appliedBeforeKill = ids.stream().filter(this::hasTarget).count();
        assertThat(appliedBeforeKill).as("killed mid-drain").isBetween(10L, EDITS - 1L);

        cli.sim.faults().clear();
        CliHarness.Run resumed = cli.resume();

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(ids).allMatch(this::hasTarget);
        Matcher summary = Pattern.compile("Summary: (\\d+) applied").matcher(resumed.err());
        assertThat(summary.find()).isTrue();
        // the edit in flight at the kill may have reached the server unrecorded: it is sent again (idempotent)
        assertThat(Long.parseLong(summary.group(1))).isBetween(EDITS - appliedBeforeKill, EDITS - appliedBeforeKill + 1);
    }

    private boolean hasTarget(String id) {
        return ("after crash " + id).equals(cli.serverValue(id, "example"));
    }
}
