package dev.hoodadmin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    @RegisterExtension
    final ChildCli children = new ChildCli();
    private CliHarness cli;

    @Test
    void noEditIsLostWhenApplyIsKilledMidDrain() throws Exception {
        cli = children.harness(CliHarness.unlimited().properties(300));
        cli.sim.faults().setLatency(Duration.ofMillis(40));
        List<String> ids = cli.customIds(EDITS);
        Path csv = cli.csv("id,field,value\n" + ids.stream().map(id -> id + ",example,after crash " + id + "\n")
                .collect(Collectors.joining()));

        Process child = children.start("apply", "--input", csv.toString());
        ChildCli.waitFor(() -> cli.sim.stats().count("PATCH", 204) >= 10 || !child.isAlive(), Duration.ofSeconds(60));
        assertThat(child.isAlive()).as("apply still draining; its stderr:%n%s", children.err()).isTrue();
        children.kill(); // SIGKILL: no shutdown hook, no cleanup
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
