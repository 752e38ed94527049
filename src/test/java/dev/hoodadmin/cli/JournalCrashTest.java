package dev.hoodadmin.cli;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.outbox.JournalEntry;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code apply} in a child JVM is killed (SIGKILL) while the server has applied an edit whose answer it has not
 * heard yet: after {@code resume}, the journal holds exactly one entry per edit, that one included.
 */
class JournalCrashTest {
    private static final int EDITS = 20;

    @RegisterExtension
    final ChildCli children = new ChildCli();
    private CliHarness cli;

    @Test
    void aKillRightAfterTheServerAppliedAnEditLosesNoEntryAndDuplicatesNone() throws Exception {
        cli = children.harness(CliHarness.unlimited().properties(300));
        List<String> ids = cli.customIds(EDITS);
        Path csv = cli.csv("id,field,value\n" + ids.stream().map(id -> id + ",description,journaled " + id + "\n")
                .collect(Collectors.joining()));

        cli.sim.faults().setLatency(Duration.ofMillis(40)); // the drain still runs when the server is asked to hold one
        Process child = children.start("apply", "--input", csv.toString());
        ChildCli.waitFor(() -> cli.sim.stats().count("PATCH", 204) >= 5 || !child.isAlive(), Duration.ofSeconds(60));
        cli.sim.faults().setLatency(Duration.ZERO).holdNextPatchResponses(1);
        ChildCli.waitFor(() -> cli.sim.faults().heldResponses() == 1 || !child.isAlive(), Duration.ofSeconds(30));
        assertThat(cli.sim.faults().heldResponses()).as("an applied PATCH waits for its answer; child stderr:%n%s",
                children.err()).isEqualTo(1);
        children.kill(); // SIGKILL between "the server applied it" and "the journal knows"
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
}
