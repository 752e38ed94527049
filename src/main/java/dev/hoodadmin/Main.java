package dev.hoodadmin;

import dev.hoodadmin.api.Version;
import dev.hoodadmin.account.ConnectionSettings;
import dev.hoodadmin.app.HoodAdminApp;
import dev.hoodadmin.cli.ApiUrlOption;
import dev.hoodadmin.cli.ApplyCommand;
import dev.hoodadmin.cli.ExportCommand;
import dev.hoodadmin.cli.HistoryCommand;
import dev.hoodadmin.cli.UndoCommand;
import dev.hoodadmin.cli.ListCommand;
import dev.hoodadmin.cli.ResumeCommand;
import dev.hoodadmin.sim.SimulatorCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * The one entry point of the jar: without a command it opens the app; with one it runs headless
 * (the command line and the app share the same engine).
 */
@Command(name = "hood-admin", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Edit Ocamba Hood profile properties.",
                "Without a command, opens the app. With no HOOD_API_TOKEN set, the app shows demo data "
                        + "from a built-in simulator."},
        subcommands = {SimulatorCommand.class, ApplyCommand.class, ResumeCommand.class, ListCommand.class,
                ExportCommand.class, HistoryCommand.class, UndoCommand.class})
public final class Main implements Callable<Integer> {

    @Mixin
    ApiUrlOption apiUrl = new ApiUrlOption();

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
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
