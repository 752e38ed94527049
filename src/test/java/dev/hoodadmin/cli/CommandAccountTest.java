package dev.hoodadmin.cli;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.EditAdmission;
import dev.hoodadmin.engine.FieldEdit;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which account a command opens: a folder of its own per endpoint when the window knows no account for it, one
 * run at a time, safe to admit twice, no token inside. (Accounts the window knows: {@link SharedAccountTest}.)
 */
class CommandAccountTest {
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

    /** The folder the command line uses for the simulator when no account matches, opened as a command would. */
    private AccountWorkspace openScriptFolder() throws Exception {
        Path folder = cli.stateDir().resolve("cli").resolve(CommandAccount.folderName(Endpoint.parse(cli.url())));
        return AccountWorkspace.open(folder, Endpoint.parse(cli.url()), ApiToken.of(CliHarness.TOKEN),
                WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED));
    }

    @Test
    void keepsOneFolderPerEndpoint() {
        assertThat(CommandAccount.folderName(Endpoint.parse("https://api.ocamba.com"))).isEqualTo("api.ocamba.com");
        assertThat(CommandAccount.folderName(Endpoint.parse("http://127.0.0.1:8080/"))).isEqualTo("127.0.0.1_8080");
        assertThat(CommandAccount.folderName(Endpoint.parse("https://Example.com:8443/hood/v"))).isEqualTo("example.com_8443__hood_v");
        assertThat(CommandAccount.folderName(Endpoint.parse("http://localhost:8080"))).isEqualTo("127.0.0.1_8080");
    }

    @Test
    void aSecondRunOnTheSameFolderIsTurnedAwayWhileTheFirstHoldsIt() throws Exception {
        String id = cli.customIds(1).get(0);
        try (AccountWorkspace held = openScriptFolder()) {
            CliHarness.Run second = cli.apply(cli.csv("id,field,value\n" + id + ",example,x\n"));

            assertThat(second.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(second.err()).contains("the state folder " + held.folder() + " is in use by the Hood Admin "
                    + "window or another command").contains("nothing was sent");
        }
        assertThat(cli.patchesSent()).isZero();
        assertThat(cli.apply(cli.csv("id,field,value\n" + id + ",example,x\n")).exitCode()).isZero();
    }

    @Test
    void rowsAdmittedTwiceAfterACrashBeforeTheirRemovalStillMakeOnePatchPerProperty() throws Exception {
        List<String> ids = cli.customIds(3);
        try (AccountWorkspace state = openScriptFolder()) {
            List<FieldEdit> edits = ids.stream()
                    .map(id -> new FieldEdit("edits.csv", 2, id, UpdatableField.EXAMPLE, "twice " + id)).toList();
            Outbox outbox = state.outbox();
            EditAdmission admission = state.admission();

            state.staged().add(edits);
            admission.admitStaged(refusal -> { });
            state.staged().add(edits); // as if the process died before the staged rows were removed
            admission.admitStaged(refusal -> { });

            assertThat(outbox.list()).hasSize(3);
            assertThat(state.staged().all()).isEmpty();
        }
        assertThat(cli.resume().exitCode()).isZero();
        assertThat(cli.patchesSent()).isEqualTo(3);
        ids.forEach(id -> assertThat(cli.serverValue(id, "example")).isEqualTo("twice " + id));
    }

    @Test
    void theTokenNeverReachesTheStateFolderOrTheOutput() throws Exception {
        String id = cli.customIds(1).get(0);
        CliHarness.Run refused = cli.runWithEnv(Map.of("HOOD_API_TOKEN", "secret-wrong-token"), "apply", "--input",
                cli.csv("id,field,value\n" + id + ",example,x\n").toString(), "--api-url", cli.url(),
                "--state-dir", cli.stateDir().toString());
        CliHarness.Run applied = cli.resume();

        assertThat(refused.err() + refused.out()).doesNotContain("secret-wrong-token");
        assertThat(applied.err() + applied.out()).doesNotContain(CliHarness.TOKEN);
        try (Stream<Path> files = Files.walk(cli.stateDir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).as(file.toString()).doesNotContain("secret-wrong-token").doesNotContain(CliHarness.TOKEN);
            }
        }
    }
}
