package dev.hoodadmin.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code apply} end to end against the simulator over loopback, in-process. */
class ApplyCommandTest {
    @TempDir
    Path home;
    private CliHarness cli;

    private CliHarness start() {
        cli = new CliHarness(CliHarness.unlimited(), home);
        return cli;
    }

    @AfterEach
    void stop() {
        if (cli != null) cli.close();
    }

    @Test
    void appliesEveryRowAndSendsOnePatchPerProperty() {
        start();
        List<String> ids = cli.customIds(40);
        String rows = ids.stream().map(id -> id + ",example,new example " + id + "\n").collect(Collectors.joining());

        CliHarness.Run run = cli.apply(cli.csv("id,field,value\n" + rows));

        assertThat(run.exitCode()).as(run.err()).isZero();
        ids.forEach(id -> assertThat(cli.serverValue(id, "example")).isEqualTo("new example " + id));
        assertThat(cli.patchesSent()).isEqualTo(40);
        assertThat(cli.listReads()).isEqualTo(1); // 40 ids fit one id=in: read of up to 500
        assertThat(run.err()).contains("applied 40/40").contains("Summary: 40 applied");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void mergesRowsForOnePropertyIntoOnePatchAndKeepsValuesExactlyAsWritten() {
        start();
        String id = cli.customIds(1).get(0);
        String csv = "id,field,value\n"
                + id + ",description,\"  spaced, \"\"quoted\"\"\nand two lines  \"\n"
                + id + ",pi_data,1\n"
                + id + ",exportable,0\n"
                + id + ",example,first\n"
                + id + ",example,second wins\n";

        CliHarness.Run run = cli.apply(cli.csv(csv));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(cli.patchesSent()).isEqualTo(1);
        assertThat(cli.serverValue(id, "description")).isEqualTo("  spaced, \"quoted\"\nand two lines  ");
        assertThat(cli.serverValue(id, "pi_data")).isEqualTo(1);
        assertThat(cli.serverValue(id, "exportable")).isEqualTo(0);
        assertThat(cli.serverValue(id, "example")).isEqualTo("second wins");
    }

    @Test
    void refusesRowsForSystemPropertiesWithoutSendingThemAndAppliesTheRest() {
        start();
        String system = cli.systemIds(1).get(0);
        String custom = cli.customIds(1).get(0);
        Object before = cli.serverValue(system, "description");

        CliHarness.Run run = cli.apply(cli.csv("id,field,value\n"
                + system + ",description,hacked\n"
                + custom + ",description,fine\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(cli.serverValue(system, "description")).isEqualTo(before);
        assertThat(cli.serverValue(custom, "description")).isEqualTo("fine");
        assertThat(cli.patchesSent()).isEqualTo(1);
        assertThat(run.err()).contains("line 2  id " + system + "  field description: system property")
                .contains("1 applied").contains("1 row(s) refused");
    }

    @Test
    void refusesUnknownFieldsWrongFlagValuesAndUnknownIdsWithTheirLineNumbers() {
        start();
        String id = cli.customIds(1).get(0);
        CliHarness.Run run = cli.apply(cli.csv("id,field,value\n"
                + id + ",label,renamed\n"
                + id + ",pi_data,yes\n"
                + "999999999,example,nobody\n"
                + id + ",example,kept\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err())
                .contains("line 2  id " + id + "  field label: not an updatable field")
                .contains("line 3  id " + id + "  field pi_data: pi_data takes 0 or 1, not 'yes'")
                .contains("line 4  id 999999999  field example: no property with this id")
                .contains("3 row(s) refused");
        assertThat(cli.serverValue(id, "example")).isEqualTo("kept");
        assertThat(cli.patchesSent()).isEqualTo(1);
    }

    @Test
    void aBrokenCsvRowStopsEverythingWithItsLineNumber() {
        start();
        String id = cli.customIds(1).get(0);
        CliHarness.Run run = cli.apply(cli.csv("id,field,value\n"
                + id + ",example,fine\n"
                + id + ",description,\"never closed\n"
                + id + ",pi_data,1\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("line 3: a quoted value is never closed").contains("Nothing was sent");
        assertThat(cli.patchesSent()).isZero();
        assertThat(cli.listReads()).isZero();
        assertThat(cli.resume().exitCode()).isZero();
        assertThat(cli.patchesSent()).as("nothing was kept for later either").isZero();
    }

    @Test
    void aRowWithTheWrongNumberOfValuesStopsEverything() {
        start();
        String id = cli.customIds(1).get(0);
        CliHarness.Run run = cli.apply(cli.csv("id,field,value\n" + id + ",example,a,b\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("line 2: expected 3 values (id,field,value) but found 4");
        assertThat(cli.sim.stats().requests()).isZero();
    }

    @Test
    void aMissingTokenIsAConfigurationErrorAndTouchesNothing() {
        start();
        String id = cli.customIds(1).get(0);
        CliHarness.Run run = cli.runWithEnv(Map.of(), "apply", "--input", cli.csv("id,field,value\n" + id + ",example,x\n").toString(),
                "--api-url", cli.url(), "--state-dir", cli.stateDir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("HOOD_API_TOKEN is not set");
        assertThat(cli.sim.stats().requests()).isZero();
    }

    @Test
    void anUnreadableFileOrBadUrlIsAConfigurationError() {
        start();
        CliHarness.Run missing = cli.run("apply", "--input", home.resolve("nope.csv").toString(), "--api-url", cli.url());
        CliHarness.Run badUrl = cli.run("apply", "--input", cli.csv("id,field,value\n").toString(),
                "--api-url", "http://example.com");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.csv: no such file");
        assertThat(badUrl.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badUrl.err()).contains("HTTPS");
    }

    @Test
    void aWrongTokenKeepsTheEditsUntilResumeWithTheRightOne() {
        start();
        List<String> ids = cli.customIds(3);
        Path csv = cli.csv("id,field,value\n" + ids.stream().map(id -> id + ",example,later " + id + "\n")
                .collect(Collectors.joining()));

        CliHarness.Run refused = cli.runWithEnv(Map.of("HOOD_API_TOKEN", "wrong-token"), "apply", "--input",
                csv.toString(), "--api-url", cli.url(), "--state-dir", cli.stateDir().toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(refused.err()).contains("refused the token").contains("3 row(s) are kept").contains("resume")
                .doesNotContain("wrong-token");
        assertThat(cli.patchesSent()).isZero();

        CliHarness.Run resumed = cli.resume();

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        ids.forEach(id -> assertThat(cli.serverValue(id, "example")).isEqualTo("later " + id));
        assertThat(cli.resume().err()).as("nothing left").contains("Summary: 0 applied");
    }

    @Test
    void reportsTheServersRejectionWithItsTraceId() {
        start();
        List<String> ids = cli.customIds(2);
        CliHarness.Run run = cli.apply(cli.csv("id,field,value\n"
                + ids.get(0) + ",export_alias,not valid!\n"
                + ids.get(1) + ",export_alias,valid_alias\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).containsPattern("rejected  id " + ids.get(0) + "  fields export_alias: 400 .*"
                + "export_alias.* \\(trace_id [0-9a-f-]{36}\\)");
        assertThat(run.err()).contains("1 applied").contains("1 rejected");
        assertThat(cli.serverValue(ids.get(1), "export_alias")).isEqualTo("valid_alias");
    }

    @Test
    void serverFaultsAndLostResponsesStillEndApplied() {
        start();
        cli.sim.faults().setPatchFailureRate(0.2).setPatchLossRate(0.2);
        List<String> ids = cli.customIds(15);
        CliHarness.Run run = cli.apply(cli.csv("id,field,value\n" + ids.stream()
                .map(id -> id + ",description,survived " + id + "\n").collect(Collectors.joining())));

        assertThat(run.exitCode()).as(run.err()).isZero();
        ids.forEach(id -> assertThat(cli.serverValue(id, "description")).isEqualTo("survived " + id));
        assertThat(cli.sim.stats().count("PATCH", 500) + cli.sim.stats().lostResponses()).isPositive();
    }
}
