package dev.hoodadmin.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code create --input NEW.csv} in-process against the simulator over loopback. */
class CreateCommandTest {
    @TempDir
    Path home;
    private CliHarness cli;

    @AfterEach
    void stop() {
        if (cli != null) cli.close();
    }

    @Test
    void createsEveryRowWithItsValuesAndPrintsTheNewIds() {
        cli = new CliHarness(CliHarness.unlimited().properties(20), home);
        Path csv = cli.csv("label,data_type,example,description,export_alias,pi_data,importable,exportable\r\n"
                + "My region,text,northern_europe,\"Where they live,\nsecond line\",region_name,1,1,0\r\n"
                + "Lifetime value,number, 12.50 ,,,,,\r\n");

        CliHarness.Run run = cli.create(csv);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("created  id 1000120  label My region", "created  id 1000121  label Lifetime value");
        assertThat(run.err()).contains("Summary: 2 created, 0 rejected, 0 failed, 0 row(s) refused.");
        Map<String, Object> region = cli.sim.property("1000120").orElseThrow();
        assertThat(region).containsEntry("description", "Where they live,\nsecond line")
                .containsEntry("export_alias", "region_name").containsEntry("pi_data", 1).containsEntry("exportable", 0);
        Map<String, Object> value = cli.sim.property("1000121").orElseThrow();
        assertThat(value).containsEntry("data_type", "number").containsEntry("example", " 12.50 ")
                .containsEntry("importable", 1);
    }

    @Test
    void refusesRowsWithoutALabelWithATakenLabelOrABadTypeAndCreatesTheRest() {
        cli = new CliHarness(CliHarness.unlimited().properties(20), home);
        String existing = String.valueOf(cli.sim.property("1000100").orElseThrow().get("label"));
        Path csv = cli.csv("label,data_type,pi_data\n"
                + ",text,0\n"
                + "\"" + existing + "\",text,0\n"
                + "Fine,text,1\n"
                + "Fine,text,1\n"
                + "Blob,blob,0\n"
                + "Flag,text,yes\n");

        CliHarness.Run run = cli.create(csv);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains("line 2  label : A label is required.",
                "line 3  label " + existing + ": A property labelled '" + existing + "' already exists in this account.",
                "line 5  label Fine: A property labelled 'Fine' already exists in this account.",
                "line 6  label Blob: Data type must be one of text, number, date.",
                "line 7  label Flag: pi_data must be 0 or 1, not 'yes'.",
                "Summary: 1 created, 0 rejected, 0 failed, 5 row(s) refused.");
        assertThat(cli.withLabel("Fine")).isEqualTo(1);
        assertThat(cli.sim.propertyCount()).isEqualTo(21);
    }

    @Test
    void aBrokenFileSendsNothingAndExits2() {
        cli = new CliHarness(CliHarness.unlimited().properties(20), home);
        Path csv = cli.csv("label,colour\nRed,red\n");

        CliHarness.Run run = cli.create(csv);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("line 1: unknown column 'colour'");
        assertThat(cli.sim.stats().requests()).isZero();
    }

    @Test
    void theServersRefusalIsReportedWithItsMessage() {
        cli = new CliHarness(CliHarness.unlimited().properties(20), home);
        Path csv = cli.csv("label,export_alias\nSpaced,has space\n");

        CliHarness.Run run = cli.create(csv);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains("rejected  label Spaced: 400", "export_alias");
        assertThat(cli.withLabel("Spaced")).isZero();
    }

    @Test
    void aNewPropertyWhoseAttemptsRanOutIsCreatedOnceByResumeRetryFailed() {
        cli = new CliHarness(CliHarness.unlimited().properties(20), home);
        cli.sim.faults().setPatchFailureRate(1.0); // POSTs too
        CliHarness.Run failed = cli.create(cli.csv("label\nPreferred store\n"));
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(failed.err()).contains("0 created, 0 rejected, 1 failed");

        cli.sim.faults().clear();
        CliHarness.Run plain = cli.resume();
        assertThat(plain.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(plain.err()).contains("failed  label Preferred store: 500", "1 new property(ies) not created");
        assertThat(cli.withLabel("Preferred store")).isZero();
        CliHarness.Run retried = cli.resume("--retry-failed");

        assertThat(retried.exitCode()).as(retried.err()).isZero();
        assertThat(retried.err()).contains("Retrying 1 failed new property(ies).");
        assertThat(cli.withLabel("Preferred store")).isEqualTo(1);
    }

    @Test
    void aRefusedNewPropertyIsListedByResumeUntilDroppedByItsLabel() {
        cli = new CliHarness(CliHarness.unlimited().properties(20), home);
        assertThat(cli.create(cli.csv("label,export_alias\nSpaced,has space\n")).exitCode())
                .isEqualTo(ExitCodes.SOME_FAILED);

        CliHarness.Run resumed = cli.resume();
        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(resumed.err()).contains("rejected  label Spaced: 400", "drop --label LABEL");

        assertThat(cli.onAccount("drop", "--label", "Not queued").exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(cli.onAccount("drop").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliHarness.Run dropped = cli.onAccount("drop", "--label", "Spaced");
        assertThat(dropped.exitCode()).as(dropped.err()).isZero();
        assertThat(dropped.err()).contains("dropped  label Spaced  (rejected)");

        CliHarness.Run clean = cli.resume();
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.err()).doesNotContain("Spaced");
        assertThat(cli.withLabel("Spaced")).isZero();
    }
}
