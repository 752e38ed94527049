package dev.hoodadmin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code create} in a separate JVM under 30 % lost responses, killed with SIGKILL mid-run; {@code resume} then
 * finishes. Every requested property exists exactly once: a POST whose answer was lost, or which was in flight
 * at the kill, is followed by a look for its label, never by a blind resend.
 */
class CreateCrashSafetyTest {
    private static final int PROPERTIES = 60;

    @RegisterExtension
    final ChildCli children = new ChildCli();
    private CliHarness cli;

    @Test
    void everyPropertyIsCreatedExactlyOnceThroughLostAnswersAndAKill() throws Exception {
        cli = children.harness(CliHarness.unlimited().properties(50));
        cli.sim.faults().setLatency(Duration.ofMillis(40)).setPatchLossRate(0.3);
        List<String> labels = IntStream.range(0, PROPERTIES).mapToObj(i -> "Crash safe " + i).toList();
        Path csv = cli.csv("label,example\n" + labels.stream().map(label -> label + ",example of " + label + "\n")
                .collect(Collectors.joining()));

        Process child = children.start("create", "--input", csv.toString());
        ChildCli.waitFor(() -> created(labels) >= 15 || !child.isAlive(), Duration.ofSeconds(90));
        assertThat(child.isAlive()).as("create still running; its stderr:%n%s", children.err()).isTrue();
        children.kill(); // SIGKILL: no shutdown hook, no cleanup
        long createdBeforeKill = created(labels);
        assertThat(createdBeforeKill).as("killed mid-run").isBetween(15L, PROPERTIES - 1L);
        assertThat(cli.sim.stats().lostResponses()).as("answers were lost before the kill").isPositive();

        CliHarness.Run resumed = cli.resume();

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        for (String label : labels) {
            assertThat(cli.withLabel(label)).as(label).isEqualTo(1);
        }
        assertThat(cli.sim.propertyCount()).isEqualTo(50 + PROPERTIES);
        assertThat(cli.sim.stats().count("POST", 400)).as("no resend met the duplicate-label refusal").isZero();
        assertThat(resumed.err()).contains("0 rejected, 0 failed");
    }

    private long created(List<String> labels) {
        return labels.stream().filter(label -> cli.withLabel(label) > 0).count();
    }
}
