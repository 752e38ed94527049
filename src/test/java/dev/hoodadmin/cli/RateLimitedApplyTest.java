package dev.hoodadmin.cli;

import dev.hoodadmin.engine.GateFactory;
import dev.hoodadmin.sim.SimulatorConfig;
import dev.hoodadmin.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code apply} with the real rate budget against a simulator that enforces fixed windows on the real clock. */
class RateLimitedApplyTest {
    @TempDir
    Path home;
    private CliHarness cli;

    @AfterEach
    void stop() {
        cli.close();
    }

    private Path edits(int count) {
        List<String> ids = cli.customIds(count);
        return cli.csv("id,field,value\n" + ids.stream().map(id -> id + ",example,paced " + id + "\n")
                .collect(Collectors.joining()));
    }

    @Test
    void staysWithinHoodsLimitsAndShowsAnEstimate() {
        cli = new CliHarness(SimulatorConfig.builder(CliHarness.TOKEN), home).withGates(GateFactory.hoodLimits());

        CliHarness.Run run = cli.apply(edits(25));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(cli.sim.stats().tooManyRequests()).isZero();
        assertThat(cli.patchesSent()).isEqualTo(25);
        assertThat(run.err()).containsPattern("Sending 25 edit\\(s\\); estimated time: \\d+ s\\.")
                .containsPattern("applied 1/25; estimated time left: \\d+ s").contains("applied 25/25");
    }

    @Test
    void waitsOutA429FromBudgetSpentByAnotherClientWithoutLosingAnEdit() {
        Duration steadyWindow = Duration.ofSeconds(2);
        TestClock simClock = TestClock.runningFromNow();
        cli = new CliHarness(SimulatorConfig.builder(CliHarness.TOKEN).steady(15, steadyWindow).clock(simClock), home)
                .withGates(GateFactory.hoodLimits());
        Path csv = edits(10);
        simClock.advance(untilNextBoundary(simClock, steadyWindow));
        cli.sim.spendBudget(15); // another admin used the whole window a moment ago

        CliHarness.Run run = cli.apply(csv);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(cli.sim.stats().tooManyRequests()).isPositive();
        assertThat(cli.sim.stats().count("PATCH", 204)).isEqualTo(10);
        assertThat(run.err()).contains("Summary: 10 applied");
    }

    /** How far the server's clock is from the start of its next fixed window of this length. */
    private static Duration untilNextBoundary(TestClock clock, Duration window) {
        long windowMillis = window.toMillis();
        return Duration.ofMillis(windowMillis - Math.floorMod(clock.millis(), windowMillis));
    }
}
