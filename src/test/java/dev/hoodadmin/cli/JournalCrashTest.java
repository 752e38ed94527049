package dev.hoodadmin.cli;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.outbox.JournalEntry;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code apply} in a child JVM is killed (SIGKILL) while the server has applied an edit whose answer it has not
 * heard yet: after {@code resume}, the journal holds exactly one entry per edit, that one included.
 */
class JournalCrashTest {
    private static final int EDITS = 20;

    @TempDir
    Path home;
    private CliHarness cli;
    private Process child;

    @AfterEach
    void stop() {
        if (child != null) child.destroyForcibly();
        if (cli != null) cli.close();
    }

    @Test
    void aKillRightAfterTheServerAppliedAnEditLosesNoEntryAndDuplicatesNone() throws Exception {
        cli = new CliHarness(CliHarness.unlimited().properties(300), home);
        List<String> ids = cli.customIds(EDITS);
        Path csv = cli.csv("id,field,value\n" + ids.stream().map(id -> id + ",description,journaled " + id + "\n")
                .collect(Collectors.joining()));

        child = startApply(csv);
        waitFor(() -> cli.sim.stats().count("PATCH", 204) >= 5 || !child.isAlive(), Duration.ofSeconds(60));
        cli.sim.faults().setLatency(Duration.ZERO).holdNextPatchResponses(1);
        waitFor(() -> cli.sim.faults().heldResponses() == 1 || !child.isAlive(), Duration.ofSeconds(30));
        assertThat(cli.sim.faults().heldResponses()).as("an applied PATCH waits for its answer; child stderr:%n%s",
                childErr()).isEqualTo(1);
        child.destroyForcibly(); // SIGKILL between "the server applied it" and "the journal knows"
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        cli.sim.faults().clear();

        CliHarness.Run resumed = cli.resume();

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(ids).allMatch(id -> ("journaled " + id).equals(cli.serverValue(id, "description")));
        List<JournalEntry> journal = journal();
        assertThat(journal).extracting(JournalEntry::propertyId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(journal).allSatisfy(entry -> assertThat(entry.after()).isEqualTo("journaled " + entry.propertyId()));
    }

    private List<JournalEntry> journal() throws Exception {
        Path folder;
        try (Stream<Path> accounts = Files.list(cli.stateDir().resolve("cli"))) {
            folder = accounts.findFirst().orElseThrow();
        }
        try (AccountWorkspace account = AccountWorkspace.open(folder, Endpoint.parse(cli.url()), ApiToken.of(CliHarness.TOKEN),
                WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED))) {
            return account.journal().all();
        }
    }

    private Process startApply(Path csv) throws IOException {
        // slow answers, so the drain is still running when the test asks the server to hold one
        cli.sim.faults().setLatency(Duration.ofMillis(40));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "dev.hoodadmin.Main", "apply", "--input", csv.toString(), "--api-url", cli.url(),
                "--state-dir", cli.stateDir().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("child.out").toFile())
                .redirectError(home.resolve("child.err").toFile());
        builder.environment().remove("HOOD_API_URL");
        builder.environment().remove("HOOD_ADMIN_HOME");
        builder.environment().put("HOOD_API_TOKEN", CliHarness.TOKEN);
        return builder.start();
    }

    private String childErr() throws IOException {
        Path err = home.resolve("child.err");
        return Files.exists(err) ? Files.readString(err) : "";
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition not met in time").isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
