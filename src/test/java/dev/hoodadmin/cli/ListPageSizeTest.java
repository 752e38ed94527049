package dev.hoodadmin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code list} reads as many rows a page as the server serves, learned from its first answer. */
class ListPageSizeTest {
    @TempDir
    Path home;

    @Test
    void listing5000PropertiesWhereTheServerServes1000APageTakesFiveRequests() {
        try (CliHarness cli = new CliHarness(CliHarness.unlimited().properties(5_000).pageSizes(20, 1_000), home)) {
            CliHarness.Run run = cli.run("list", "--api-url", cli.url());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().lines().count()).isEqualTo(1 + 5_000);
            assertThat(cli.listReads()).isEqualTo(5);
        }
    }

    @Test
    void aFilteredListAsksForTheLargestPageToo() {
        try (CliHarness cli = new CliHarness(CliHarness.unlimited().properties(5_000).pageSizes(20, 1_000), home)) {
            CliHarness.Run run = cli.run("list", "--filter", "system=0", "--api-url", cli.url());

            assertThat(run.exitCode()).as(run.err()).isZero();
            long rows = run.out().lines().count() - 1;
            assertThat(rows).isGreaterThan(1_000);
            assertThat(cli.listReads()).isEqualTo((rows + 999) / 1_000);
        }
    }
}
