package dev.hoodadmin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.FieldEdit;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bad row never jams an account, and what stopped can be listed, retried and dropped: {@code resume},
 * {@code resume --retry-failed}, {@code drop --id}, {@code outbox list}, in-process against the simulator.
 */
class RecoveryCommandsTest {
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @TempDir
    Path home;
    private CliHarness cli;

    @BeforeEach
    void start() {
        cli = new CliHarness(CliHarness.unlimited(), home);
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void anIdTypoAndAFiftyMegabyteValueAreRefusedOnTheirOwnAndLaterFilesAreSent() {
        List<String> ids = cli.customIds(4);
        String huge = "x".repeat(FIFTY_MB);
        CliHarness.Run first = cli.apply(cli.csv("id,field,value\n"
                + "10001O5,example,typo\n"
                + ids.get(0) + ",example,sent despite the typo\n"
                + ids.get(1) + ",description," + huge + "\n"
                + ids.get(1) + ",example,its other field is sent\n"));

        assertThat(first.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(first.err())
                .contains("line 2  id 10001O5  field example: the server refused to read this id: 400 Bad request: "
                        + "Invalid value for filter id")
                .contains("line 4  id " + ids.get(1) + "  field description: the value is " + FIFTY_MB
                        + " characters long; at most 100000 are taken")
                .contains("Summary: 2 applied").contains("2 row(s) refused");
        assertThat(first.err().lines()).allMatch(line -> line.length() <= TerminalText.LINE_CHARS);
        assertThat(cli.serverValue(ids.get(0), "example")).isEqualTo("sent despite the typo");
        assertThat(cli.serverValue(ids.get(1), "example")).isEqualTo("its other field is sent");

        CliHarness.Run later = cli.apply(cli.csv("id,field,value\n" + ids.get(2) + ",example,a later clean file\n"));
        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(cli.serverValue(ids.get(2), "example")).isEqualTo("a later clean file");
        assertThat(cli.resume().exitCode()).isZero();
    }

    @Test
    void aHugeValueAlreadyStagedIsRefusedWithItsReasonAndTheOtherRowsAreSent() throws Exception {
        List<String> ids = cli.customIds(2);
        try (AccountWorkspace account = AccountWorkspace.open(cli.stateDir().resolve("cli")
                        .resolve(CommandAccount.folderName(Endpoint.parse(cli.url()))), Endpoint.parse(cli.url()),
                ApiToken.of(CliHarness.TOKEN), WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED))) {
            // as an older version staged it, before rows were checked for length
            account.staged().add(List.of(
                    new FieldEdit("old.csv", 2, ids.get(0), UpdatableField.DESCRIPTION, "y".repeat(FIFTY_MB)),
                    new FieldEdit("old.csv", 3, ids.get(1), UpdatableField.EXAMPLE, "staged and fine")));
        }

        CliHarness.Run resumed = cli.resume();

        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(resumed.err()).contains("old.csv line 2  id " + ids.get(0) + "  field description: description is "
                + FIFTY_MB + " characters long; at most 100000 are taken (not sent)");
        assertThat(cli.serverValue(ids.get(1), "example")).isEqualTo("staged and fine");
        assertThat(cli.resume().exitCode()).as("the bad row is gone, not waiting to fail again").isZero();
    }

    @Test
    void resumeListsFailedEditsAndExitsOneUntilRetriedOrDropped() {
        List<String> ids = cli.customIds(3);
        cli.sim.faults().setPatchFailureRate(1.0);
        CliHarness.Run apply = cli.apply(cli.csv("id,field,value\n" + ids.get(0) + ",example,after the outage\n"
                + ids.get(1) + ",example,dropped\n" + ids.get(2) + ",description,also after\n"));
        assertThat(apply.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(apply.err()).contains("0 applied").contains("3 failed").doesNotContain("sent 3/3");

        cli.sim.faults().clear();
        CliHarness.Run plain = cli.resume();
        assertThat(plain.exitCode()).as("failed edits remain").isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(plain.err()).containsPattern("failed  id " + ids.get(0) + "  fields example: 500 .*trace_id")
                .contains("failed  id " + ids.get(1)).contains("3 failed");

        CliHarness.Run listed = cli.onAccount("outbox", "list", "--format", "json");
        assertThat(listed.exitCode()).isZero();
        JsonNode edits = json(listed.out());
        assertThat(edits).hasSize(3);
        assertThat(edits.get(0).get("state").asText()).isEqualTo("failed");
        assertThat(edits.get(0).get("attempts").asInt()).isEqualTo(8);
        assertThat(edits.get(0).get("last_error").asText()).startsWith("500");
        assertThat(edits.get(0).get("changes").get("example").asText()).isEqualTo("after the outage");
        CliHarness.Run table = cli.onAccount("outbox", "list");
        assertThat(table.out()).contains("failed").contains(ids.get(2));

        CliHarness.Run dropped = cli.onAccount("drop", "--id", ids.get(1));
        assertThat(dropped.exitCode()).isZero();
        assertThat(cli.onAccount("drop", "--id", "999").exitCode()).isEqualTo(ExitCodes.SOME_FAILED);

        CliHarness.Run retried = cli.resume("--retry-failed");
        assertThat(retried.exitCode()).as(retried.err()).isZero();
        assertThat(retried.err()).contains("Retrying 2 failed edit(s)").contains("Summary: 2 applied").contains("0 failed");
        assertThat(cli.serverValue(ids.get(0), "example")).isEqualTo("after the outage");
        assertThat(cli.serverValue(ids.get(2), "description")).isEqualTo("also after");
        assertThat(cli.serverValue(ids.get(1), "example")).isNotEqualTo("dropped");
        assertThat(json(cli.onAccount("outbox", "list", "--format", "json").out())).isEmpty();
    }

    @Test
    void aRetriedEditNeverPutsBackAFieldANewerEditSet() {
        String id = cli.customIds(1).get(0);
        cli.sim.faults().setPatchFailureRate(1.0);
        cli.apply(cli.csv("id,field,value\n" + id + ",example,old\n" + id + ",description,only the old edit sets this\n"));
        cli.sim.faults().clear();
        CliHarness.Run newer = cli.apply(cli.csv("id,field,value\n" + id + ",example,new\n"));
        assertThat(newer.exitCode()).as(newer.err()).isZero();

        CliHarness.Run retried = cli.resume("--retry-failed");

        assertThat(retried.exitCode()).as(retried.err()).isZero();
        assertThat(cli.serverValue(id, "example")).as("the newer value stays").isEqualTo("new");
        assertThat(cli.serverValue(id, "description")).isEqualTo("only the old edit sets this");
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
