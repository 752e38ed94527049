package dev.hoodadmin.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every line a command prints to the terminal is safe and short; its data output stays exact. */
class TerminalHygieneTest {
    private static final String ESC = "\u001B";

    @TempDir
    Path home;
    private CliHarness cli;

    @AfterEach
    void stop() {
        if (cli != null) cli.close();
    }

    @Test
    void controlCharactersAndBidiOverridesAreShownAsTextAndLongValuesShortened() {
        assertThat(TerminalText.neutralise("red " + ESC + "[31mX" + ESC + "]0;title\u0007 \u202Eevil\u009B"))
                .isEqualTo("red \\u001B[31mX\\u001B]0;title\\u0007 \\u202Eevil\\u009B");
        assertThat(TerminalText.value("a".repeat(200))).isEqualTo("a".repeat(80) + "… (120 more characters)");
        assertThat(TerminalText.sentence("500 Internal server error.")).isEqualTo("500 Internal server error.");
        assertThat(TerminalText.sentence("no response")).isEqualTo("no response.");

        StringWriter terminal = new StringWriter();
        PrintWriter err = TerminalText.writer(terminal);
        err.println("server says " + ESC + "[2J" + "z".repeat(5000));
        assertThat(terminal.toString()).startsWith("server says \\u001B[2J").doesNotContain(ESC)
                .contains("… (4021 more characters)");
    }

    @Test
    void escapeSequencesAndHugeFieldNamesFromACsvNeverReachTheTerminal() {
        cli = new CliHarness(CliHarness.unlimited(), home);
        String id = cli.customIds(1).get(0);
        String hostileField = ESC + "]0;pwned" + "\u0007" + "f".repeat(100_000);

        CliHarness.Run run = cli.apply(cli.csv("id,field,value\n"
                + id + ",\"" + hostileField + "\",x\n"
                + id + ",pi_data,\"" + ESC + "[31mred\"\n"
                + id + ",example,\"" + ESC + "[2Jkept exactly\"\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).doesNotContain(ESC).doesNotContain("\u0007").doesNotContain("..")
                .contains("field \\u001B]0;pwned\\u0007fff").containsPattern("fff… \\(99940 more characters\\): not an updatable field")
                .contains("pi_data takes 0 or 1, not '\\u001B[31mred'");
        assertThat(run.err().lines()).allMatch(line -> line.length() < 400);
        assertThat(cli.serverValue(id, "example")).as("data is sent exactly").isEqualTo(ESC + "[2Jkept exactly");
        CliHarness.Run listed = cli.onAccount("list", "--format", "json", "--filter", "id=" + id);
        assertThat(listed.out()).as("data written to stdout stays exact").contains("\\u001B[2Jkept exactly");
    }

    @Test
    void logRecordsGoToTheLogFileNeverToTheTerminal() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        Logger root = Logger.getLogger("");
        ConsoleHandler console;
        System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        try {
            console = new ConsoleHandler(); // writes to the stderr of this moment
            root.addHandler(console);
            CliEnvironment environment = new CliEnvironment(Map.of("HOOD_API_TOKEN", "log-test-token"), "Linux", home,
                    Clock.systemUTC(), () -> dev.hoodadmin.ratelimit.RequestGate.UNLIMITED, Duration.ZERO);
            try (CommandLog ignored = CommandLog.toFile(environment, home.resolve("state"))) {
                Logger.getLogger("dev.hoodadmin.outbox").info("1 edit(s) interrupted mid-request will be sent again; "
                        + "token log-test-token");
            }
            Logger.getLogger("dev.hoodadmin.outbox").info("after the command");
            root.removeHandler(console);
            console.flush();
        } finally {
            System.setErr(original);
        }
        assertThat(terminal.toString(StandardCharsets.UTF_8)).doesNotContain("interrupted mid-request")
                .as("the console is back once the command ended").contains("after the command");
        try (Stream<Path> logs = Files.list(home.resolve("state").resolve("logs"))) {
            String logged = Files.readString(logs.filter(p -> p.toString().endsWith(".log")).findFirst().orElseThrow());
            assertThat(logged).contains("interrupted mid-request").doesNotContain("log-test-token");
        }
    }
}
