package dev.hoodadmin.cli;

import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The state folder is the person's, SQLite's native library stays in the app's folder, one server has one outbox. */
class HousekeepingTest {
    @TempDir
    Path home;
    private CliHarness cli;

    @AfterEach
    void stop() {
        if (cli != null) cli.close();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anExistingStateFolderKeepsItsPermissionsAndANewOneIsOwnerOnly() throws Exception {
        cli = new CliHarness(CliHarness.unlimited(), home);
        String id = cli.customIds(1).get(0);
        Path shared = Files.createDirectories(home.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        Path fresh = home.resolve("new").resolve("state");

        assertThat(cli.run("apply", "--input", cli.csv("id,field,value\n" + id + ",example,x\n").toString(),
                "--api-url", cli.url(), "--state-dir", shared.toString()).exitCode()).isZero();
        assertThat(cli.run("resume", "--api-url", cli.url(), "--state-dir", fresh.toString()).exitCode()).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve("cli")))).isEqualTo("rwx------");
    }

    @Test
    void everySpellingOfThisMachinesServerIsOneFolderOneLockAndOneAccount() throws Exception {
        cli = new CliHarness(CliHarness.unlimited(), home);
        int port = cli.sim.baseUri().getPort();
        List<Endpoint> spellings = List.of(Endpoint.parse("http://127.0.0.1:" + port),
                Endpoint.parse("http://localhost:" + port + "/"), Endpoint.parse("http://[::1]:" + port),
                Endpoint.parse("HTTP://LocalHost:" + port));
        assertThat(spellings).extracting(CommandAccount::folderName).containsOnly("127.0.0.1_" + port);
        assertThat(Endpoint.parse("https://api.ocamba.com:443/").sameServerAs(Endpoint.parse("https://API.ocamba.com")))
                .isTrue();
        assertThat(Endpoint.parse("http://127.0.0.1:" + port).sameServerAs(Endpoint.parse("http://127.0.0.1:" + (port + 1))))
                .isFalse();

        AccountStore accounts = AccountStore.open(cli.stateDir());
        accounts.add("Local", Endpoint.parse("http://localhost:" + port));
        assertThat(accounts.findByEndpoint(Endpoint.parse("http://127.0.0.1:" + port))).isPresent();

        // one command holds the account under one spelling: another spelling is turned away, not run beside it
        String id = cli.customIds(1).get(0);
        try (AccountWorkspace held = CommandAccount.open(new CliEnvironment(Map.of("HOOD_API_TOKEN", CliHarness.TOKEN),
                "Linux", home, Clock.systemUTC(), () -> RequestGate.UNLIMITED,
                Duration.ZERO), "http://127.0.0.1:" + port, null, cli.stateDir())) {
            CliHarness.Run other = cli.run("apply", "--input", cli.csv("id,field,value\n" + id + ",example,x\n").toString(),
                    "--api-url", "http://localhost:" + port, "--state-dir", cli.stateDir().toString());
            assertThat(other.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(other.err()).contains("in use");
        }
    }

    @Test
    void sqliteExtractsItsNativeLibraryIntoTheAppFolderAndStaleCopiesAreRemoved() throws Exception {
        cli = new CliHarness(CliHarness.unlimited(), home);
        Path appHome = home.resolve("app-home");
        // a file where the system temp folder should be: extracting there fails, so only the app's folder works
        Path systemTemp = Files.writeString(home.resolve("system-tmp"), "not a folder");
        Path nativeFolder = Files.createDirectories(appHome.resolve("native"));
        Path staleLibrary = Files.writeString(nativeFolder.resolve("sqlite-3.0.0-stale-libsqlitejdbc.so"), "left by a kill");
        Path staleLock = Files.writeString(nativeFolder.resolve("sqlite-3.0.0-stale-libsqlitejdbc.so.lck"), "");

        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + systemTemp, "-cp", classPath, "dev.hoodadmin.Main", "resume", "--api-url", cli.url()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("child.out").toFile());
        builder.environment().put("HOOD_ADMIN_HOME", appHome.toString());
        builder.environment().put("HOOD_API_TOKEN", CliHarness.TOKEN);
        builder.environment().remove("HOOD_API_URL");
        Process child = builder.start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(Files.readString(home.resolve("child.out"))).isZero();
        assertThat(staleLibrary).doesNotExist();
        assertThat(staleLock).doesNotExist();
    }
}
