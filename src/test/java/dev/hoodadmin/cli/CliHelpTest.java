package dev.hoodadmin.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliHelpTest {
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

    @ParameterizedTest
    @ValueSource(strings = {"apply", "resume", "list", "export"})
    void everySubcommandExplainsItselfWithHelp(String command) {
        CliHarness.Run run = cli.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: hood-admin " + command).contains("--api-url").contains("HOOD_API_TOKEN");
        assertThat(cli.sim.stats().requests()).isZero();
    }

    @Test
    void applyHelpDocumentsTheFileFormatAndExitCodes() {
        assertThat(cli.run("apply", "--help").out()).contains("id,field,value").contains("--state-dir")
                .contains("Exit codes:").contains("3   the server refused the token");
    }

    @Test
    void theRootListsTheSubcommands() {
        assertThat(cli.run("--help").out()).contains("apply").contains("resume").contains("list").contains("export");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        CliHarness.Run missingInput = cli.run("apply");
        CliHarness.Run badFormat = cli.run("list", "--format", "xml");

        assertThat(missingInput.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missingInput.err()).contains("Missing required option: '--input=FILE.csv'");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).contains("--format").contains("xml");
    }
}
