package dev.hoodadmin.engine;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.outbox.Creation;
import dev.hoodadmin.outbox.CreationState;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.EditRefusedException;
import dev.hoodadmin.outbox.RetryPolicy;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating custom properties through the outbox, against the real simulator over loopback and a real data file. */
class CreatePropertiesTest {
    private static final String TOKEN = "create-test-token-77a1";
    private final HoodSimulator sim = HoodSimulator.start(SimulatorConfig.builder(TOKEN).properties(30)
            .rateLimitsEnabled(false).build());
    private final Endpoint endpoint = new Endpoint(sim.baseUri());
    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        sim.close();
    }

    private AccountWorkspace open() throws Exception {
        return AccountWorkspace.open(folder, endpoint, ApiToken.of(TOKEN), WorkspaceOptions.standard()
                .withGates(() -> RequestGate.UNLIMITED)
                .withRetryPolicy(new RetryPolicy(Duration.ofMillis(5), Duration.ofMillis(20), 50, 0.0, new Random(3))));
    }

    private List<ProfileProperty> onServer(AccountWorkspace workspace, String label) throws Exception {
        return workspace.client().list(ListQuery.all().withFilter(Filter.eq("label", label))).items();
    }

    @Test
    void underThirtyPercentLostResponsesEveryPropertyIsCreatedExactlyOnce() throws Exception {
        List<NewProperty> wanted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            wanted.add(new NewProperty("Lossy " + i, i % 3 == 0 ? "number" : "text", Map.of(UpdatableField.EXAMPLE, "e" + i)));
        }
        sim.faults().setPatchLossRate(0.3);
        try (AccountWorkspace workspace = open()) {
            workspace.creations().enqueue(wanted);
            workspace.worker().start();

            assertThat(workspace.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);

            assertThat(sim.stats().lostResponses()).as("the fault really struck").isGreaterThan(5);
            assertThat(sim.stats().count("POST", 400)).as("no resend met the duplicate-label refusal").isZero();
            assertThat(sim.propertyCount()).isEqualTo(30 + 40);
            for (Creation creation : workspace.creations().list()) {
                List<ProfileProperty> found = onServer(workspace, creation.label());
                assertThat(found).as(creation.label()).hasSize(1);
                assertThat(creation.state()).isEqualTo(CreationState.CREATED);
                assertThat(creation.propertyId()).isEqualTo(found.get(0).id());
                assertThat(found.get(0).example()).isEqualTo(creation.request().values().get(UpdatableField.EXAMPLE));
            }
            assertThat(workspace.properties().known()).extracting(ProfileProperty::label).contains("Lossy 0", "Lossy 39");
        }
        try (AccountWorkspace reopened = open()) {
            assertThat(reopened.properties().openFromCopy()).extracting(ProfileProperty::label).contains("Lossy 17");
        }
    }

    @Test
    void aResendWithoutLookingFirstWouldBeRefusedAsADuplicate() throws Exception {
        try (AccountWorkspace workspace = open()) {
            NewProperty once = NewProperty.labelled("Only once");
            assertThat(workspace.client().create(once)).isPresent();

            assertThatThrownBy(() -> workspace.client().create(once))
                    .hasMessageContaining("A property with this label already exists.");
            assertThat(onServer(workspace, "Only once")).hasSize(1);
        }
    }

    @Test
    void theServersRefusalIsKeptOnTheCreationAndNothingIsCreated() throws Exception {
        try (AccountWorkspace workspace = open()) {
            workspace.creations().enqueue(new NewProperty("Bad alias", "text", Map.of(UpdatableField.EXPORT_ALIAS, "has space")));
            workspace.worker().start();

            assertThat(workspace.worker().awaitDrained()).isEqualTo(DrainResult.DRAINED);

            Creation refused = workspace.creations().list().get(0);
            assertThat(refused.state()).isEqualTo(CreationState.REJECTED);
            assertThat(refused.lastError().status()).isEqualTo(400);
            assertThat(refused.lastError().message()).contains("export_alias");
            assertThat(onServer(workspace, "Bad alias")).isEmpty();
        }
    }

    @Test
    void theAccountCheckRefusesAMissingOrTakenLabelAndAnUndocumentedType() throws Exception {
        try (AccountWorkspace workspace = open()) {
            String existing = workspace.properties().readAll((rows, loaded, total) -> { }).get(0).label();
            workspace.creations().enqueue(NewProperty.labelled("Queued already"));
            NewPropertyCheck check = workspace.newPropertyCheck();

            assertThat(check.labelProblem(" ")).hasValue("A label is required.");
            assertThat(check.labelProblem(existing)).hasValue("A property labelled '" + existing + "' already exists in this account.");
            assertThat(check.labelProblem("Queued already")).isPresent();
            assertThat(check.labelProblem("Fresh")).isEmpty();
            assertThat(check.dataTypeProblem("blob")).hasValue("Data type must be one of text, number, date.");
            assertThatThrownBy(() -> workspace.creations().enqueue(NewProperty.labelled("Queued already")))
                    .isInstanceOf(EditRefusedException.class).hasMessageContaining("already queued");
        }
    }
}
