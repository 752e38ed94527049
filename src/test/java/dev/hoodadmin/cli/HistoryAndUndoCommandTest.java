package dev.hoodadmin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code history}, {@code undo} and the conflict rule of {@code resume}, in-process over the loopback simulator. */
class HistoryAndUndoCommandTest {
    private static final int ROWS = 36;

    @TempDir
    Path home;
    private CliHarness cli;
    private List<String> ids;
    private final Map<String, String> before = new HashMap<>();

    @BeforeEach
    void start() {
        cli = new CliHarness(CliHarness.unlimited().properties(300), home);
        ids = cli.customIds(ROWS);
        ids.forEach(id -> before.put(id, example(id)));
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    private CliHarness.Run run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--api-url", cli.url(), "--state-dir",
                cli.stateDir().toString())).toArray(String[]::new);
        return cli.run(all);
    }

    private CliHarness.Run applyAll(String prefix) {
        return cli.apply(cli.csv("id,field,value\n" + ids.stream().map(id -> id + ",example," + prefix + " " + id + "\n")
                .collect(Collectors.joining())));
    }

    /** The server's example, absent read as empty (an undo sets an absent text back to empty). */
    private String example(String id) {
        return java.util.Objects.toString(cli.serverValue(id, "example"), "");
    }

    private long patches() {
        return cli.sim.stats().count("PATCH", 204);
    }

    @Test
    void historyListsWhatApplyChangedWithBeforeAndAfter() throws Exception {
        assertThat(applyAll("bulk").exitCode()).isZero();

        CliHarness.Run csv = run("history", "--format", "csv", "--property", ids.get(3));
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines()).hasSize(2);
        assertThat(csv.out().lines().skip(1).findFirst().orElseThrow())
                .contains(ids.get(3), "example", "bulk " + ids.get(3),
                        "command line apply of edits");

        JsonNode json = new ObjectMapper().readTree(run("history", "--format", "json").out());
        assertThat(json).hasSize(ROWS);
        long batch = json.get(0).get("batch").asLong();
        assertThat(run("history", "--format", "json", "--batch", String.valueOf(batch)).out()).contains(ids.get(0));
        assertThat(run("history", "--since", "2999-01-01").err()).contains("No changes recorded that match");
        assertThat(run("history", "--since", "yesterday").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void undoOfA36RowBatchRestoresThePriorServerStateWithOnePatchPerPropertyAndRedoReappliesIt() throws Exception {
        assertThat(applyAll("bulk").exitCode()).isZero();
        long patchesBefore = patches();

        CliHarness.Run undo = run("undo", "--last");

        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.err()).contains("36 properties set back with 36 request(s)");
        assertThat(patches() - patchesBefore).isEqualTo(ROWS);
        assertThat(ids).allSatisfy(id -> assertThat(example(id)).isEqualTo(before.get(id)));
        JsonNode undone = new ObjectMapper().readTree(run("history", "--format", "json", "--source", "undo").out());
        assertThat(undone).hasSize(ROWS).allSatisfy(entry -> assertThat(entry.get("undoes_entry").isNumber()).isTrue());

        CliHarness.Run redo = run("undo", "--last");
        assertThat(redo.exitCode()).as(redo.err()).isZero();
        assertThat(ids).allSatisfy(id -> assertThat(cli.serverValue(id, "example")).isEqualTo("bulk " + id));
    }

    @Test
    void undoLeavesAValueChangedElsewhereAloneListsItAndExitsOne() throws Exception {
        assertThat(applyAll("bulk").exitCode()).isZero();
        String changed = ids.get(5);
        cli.sim.changeElsewhere(changed, "example", "their value");

        CliHarness.Run undo = run("undo", "--last");

        assertThat(undo.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(undo.err()).contains("conflict  id " + changed + "  example: changed on the server to 'their value'")
                .contains("1 in conflict");
        assertThat(cli.serverValue(changed, "example")).isEqualTo("their value");
        assertThat(ids.stream().filter(id -> !id.equals(changed)))
                .allSatisfy(id -> assertThat(example(id)).isEqualTo(before.get(id)));

        CliHarness.Run overwrite = run("resume", "--overwrite");
        assertThat(overwrite.exitCode()).as(overwrite.err()).isZero();
        assertThat(example(changed)).isEqualTo(before.get(changed));
    }

    @Test
    void resumeReportsAnEditWhoseValueChangedElsewhereSinceItWasQueuedAndSendsItOnlyWithOverwrite() throws Exception {
        String id = ids.get(0);
        queueWithoutSending(id, "mine");
        cli.sim.changeElsewhere(id, "description", "theirs");

        CliHarness.Run resume = run("resume");

        assertThat(resume.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(resume.err()).contains("conflict  id " + id + "  description: changed on the server to 'theirs' "
                + "since it was read; yours 'mine' not sent (--overwrite sends it anyway)");
        assertThat(cli.serverValue(id, "description")).isEqualTo("theirs");
        assertThat(patches()).isZero();

        CliHarness.Run overwrite = run("resume", "--overwrite");
        assertThat(overwrite.exitCode()).as(overwrite.err()).isZero();
        assertThat(cli.serverValue(id, "description")).isEqualTo("mine");
    }

    @Test
    void undoOfAnUnknownBatchIsAUsageError() {
        CliHarness.Run undo = run("undo", "--batch", "42");
        assertThat(undo.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(undo.err()).contains("no batch 42");
        assertThat(run("undo").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    /** As the window would leave it: an edit queued over the value then on screen, not sent yet. */
    private void queueWithoutSending(String id, String description) throws Exception {
        assertThat(run("history").exitCode()).isZero(); // creates the account's folder
        Path folder;
        try (Stream<Path> accounts = Files.list(cli.stateDir().resolve("cli"))) {
            folder = accounts.findFirst().orElseThrow();
        }
        try (AccountWorkspace account = AccountWorkspace.open(folder, Endpoint.parse(cli.url()),
                ApiToken.of(CliHarness.TOKEN), WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED))) {
            ProfileProperty row = account.client().list(dev.hoodadmin.api.ListQuery.all()
                    .withFilter(dev.hoodadmin.api.Filter.eq("id", id))).items().get(0);
            account.outbox().enqueue(row, Map.of(UpdatableField.DESCRIPTION, description));
        }
    }
}
