package dev.hoodadmin;

import dev.hoodadmin.account.AppDataDirectory;
import dev.hoodadmin.api.Version;
import dev.hoodadmin.files.OwnerOnly;
import dev.hoodadmin.account.ConnectionSettings;
import dev.hoodadmin.app.HoodAdminApp;
import dev.hoodadmin.cli.ApiUrlOption;
import dev.hoodadmin.cli.ApplyCommand;
import dev.hoodadmin.cli.CreateCommand;
import dev.hoodadmin.cli.DropCommand;
import dev.hoodadmin.cli.ExportCommand;
import dev.hoodadmin.cli.HistoryCommand;
import dev.hoodadmin.cli.UndoCommand;
import dev.hoodadmin.cli.ListCommand;
import dev.hoodadmin.cli.OutboxCommand;
import dev.hoodadmin.cli.ResumeCommand;
import dev.hoodadmin.sim.SimulatorCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The one entry point of the jar: without a command it opens the app; with one it runs headless
 * (the command line and the app share the same engine).
 */
@Command(name = "hood-admin", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Edit Ocamba Hood profile properties.",
                "Without a command, opens the app. With no HOOD_API_TOKEN set, the app shows demo data "
                        + "from a built-in simulator."},
        subcommands = {SimulatorCommand.class, ApplyCommand.class, ResumeCommand.class, DropCommand.class,
                OutboxCommand.class, ListCommand.class, ExportCommand.class, CreateCommand.class, HistoryCommand.class,
                UndoCommand.class})
public final class Main implements Callable<Integer> {

    @Mixin
    ApiUrlOption apiUrl = new ApiUrlOption();

    /** Where sqlite-jdbc extracts its native library: the app's own folder, not the shared system temp folder. */
    static final String NATIVE_FOLDER = "native";

    public static void main(String[] args) {
        useOwnNativeFolder(AppDataDirectory.resolveForThisMachine(null).resolve(NATIVE_FOLDER));
        System.exit(args.length == 0 ? windowWithoutParsing() : new CommandLine(new Main()).execute(args));
    }

    /**
     * No command: the window, without building picocli's model of every command first (0.2 s of a start, measured;
     * see README, Start benchmark). A failure ends as picocli would end it: its stack trace on stderr, exit code 1.
     */
    private static int windowWithoutParsing() {
        try {
            return new Main().call();
        } catch (RuntimeException e) {
            e.printStackTrace();
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    /**
     * Points sqlite-jdbc at {@code folder} before any SQLite use and removes the copies earlier runs left there: a
     * killed process never deletes its extracted library. A copy another running process has loaded stays usable
     * (POSIX keeps an open file until it is closed; Windows refuses to delete it, which is ignored).
     */
    static void useOwnNativeFolder(Path folder) {
        try {
            OwnerOnly.createFolder(folder);
            try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, "sqlite-*")) {
                for (Path copy : stale) {
                    try {
                        Files.deleteIfExists(copy);
                    } catch (IOException inUse) {
                        // loaded by a running process (Windows): removed by a later start
                    }
                }
            }
            System.setProperty("org.sqlite.tmpdir", folder.toString());
        } catch (IOException | RuntimeException e) {
            // no folder of our own (read-only home): sqlite-jdbc falls back to the system temp folder
        }
    }

    @Override
    public Integer call() {
        ConnectionSettings settings = new ConnectionSettings(System.getenv());
        try {
            settings.endpoint(apiUrl.value()); // a bad URL or token is told here, in words, not as a failed window
            settings.token();
        } catch (IllegalArgumentException e) {
            System.err.println("hood-admin: " + e.getMessage());
            return 2;
        }
        HoodAdminApp.launchWindow(apiUrl.value());
        return 0;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Hood Admin " + Version.current()};
        }
    }
}
