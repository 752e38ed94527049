package dev.hoodadmin.cli;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.ratelimit.RequestGate;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The window and the command line share an account: its outbox, its kept copy and its lock. */
class SharedAccountTest {
    @TempDir
    Path home;
    private CliHarness cli;
    private Account production;

    @BeforeEach
    void start() throws Exception {
        cli = new CliHarness(CliHarness.unlimited(), home);
        // as the window adds it: accounts.json in the app-data folder the commands use too
        production = AccountStore.open(cli.stateDir()).add("Production", Endpoint.parse(cli.url()));
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    private CliHarness.Run inProduction(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[]{"--account", "production", "--state-dir", cli.stateDir().toString()}, 0,
                all, args.length, 4);
        return cli.run(all);
    }

    /** The account as the window opens it on its next start. */
    private AccountWorkspace openAsTheWindow() throws Exception {
        return AccountWorkspace.open(AccountStore.open(cli.stateDir()).accountDirectory(production),
                Endpoint.parse(cli.url()), ApiToken.of(CliHarness.TOKEN),
                WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED));
    }

    @Test
    void anEditAppliedFromTheTerminalIsInTheAccountsKeptCopyForTheWindowAndForListCached() throws Exception {
        String id = cli.customIds(1).get(0);
        assertThat(inProduction("list").exitCode()).isZero(); // reads and keeps every property

        CliHarness.Run applied = inProduction("apply", "--input", cli.csv("id,field,value\n" + id + ",example,from the terminal\n").toString());
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        long readsBefore = cli.listReads();

        CliHarness.Run cached = inProduction("list", "--cached", "--format", "json");

        assertThat(cached.exitCode()).as(cached.err()).isZero();
        assertThat(cli.listReads()).as("--cached asks the server nothing").isEqualTo(readsBefore);
        assertThat(cached.out()).contains("from the terminal");
        try (AccountWorkspace window = openAsTheWindow()) {
            assertThat(window.properties().openFromCopy()).filteredOn(p -> p.id().equals(id)).singleElement()
                    .extracting(ProfileProperty::example).isEqualTo("from the terminal");
        }
        assertThat(cli.stateDir().resolve("cli")).doesNotExist();
    }

    @Test
    void withoutAccountTheOneWhoseApiUrlMatchesIsUsed() {
        String id = cli.customIds(1).get(0);

        CliHarness.Run applied = cli.run("apply", "--input", cli.csv("id,field,value\n" + id + ",example,x\n").toString(),
                "--api-url", cli.url(), "--state-dir", cli.stateDir().toString());

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(cli.stateDir().resolve("accounts").resolve(production.id()).resolve(AccountWorkspace.DATA_FILE)).exists();
        assertThat(cli.stateDir().resolve("cli")).doesNotExist();
    }

    @Test
    void whileTheWindowHoldsTheAccountACommandSaysSoInOneLineAndSendsNothing() throws Exception {
        String id = cli.customIds(1).get(0);
        try (AccountWorkspace window = openAsTheWindow()) {
            CliHarness.Run refused = inProduction("apply", "--input", cli.csv("id,field,value\n" + id + ",example,x\n").toString());

            assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(refused.err().strip()).doesNotContain("\n")
                    .contains("the account 'Production' is in use by the Hood Admin window or another command");
        }
        assertThat(cli.patchesSent()).isZero();
        assertThat(cli.listReads()).isZero();
    }

    @Test
    void aSecondListReadsOnlyWhatChangedAndCachedWithoutACopyIsAnError() throws Exception {
        CliHarness.Run nothingKept = inProduction("list", "--cached");
        assertThat(nothingKept.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(nothingKept.err()).contains("run once without --cached");

        assertThat(inProduction("list").exitCode()).isZero();
        assertThat(cli.listReads()).isEqualTo(1);
        CliHarness.Run second = inProduction("list");

        assertThat(second.exitCode()).isZero();
        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(second.out())).getRecords()).hasSize(300);
        assertThat(cli.listReads()).as("rows changed since, then the total in one row").isEqualTo(3);
    }

    @Test
    void anUnknownAccountIsAUsageErrorThatNamesTheKnownOnes() {
        CliHarness.Run run = cli.run("list", "--account", "staging", "--state-dir", cli.stateDir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no account named 'staging'; known: Production");
        assertThat(Files.exists(cli.stateDir().resolve("cli"))).isFalse();
    }
}
