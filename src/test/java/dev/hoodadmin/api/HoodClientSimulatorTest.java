package dev.hoodadmin.api;

import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.sim.HoodSimulator;
import dev.hoodadmin.sim.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against the embedded simulator over real loopback HTTP: the contract end to end. */
class HoodClientSimulatorTest {
    private static final String TOKEN = "sim-test-token";
    // a fixed clock: the rate windows never roll over unless a test spends the budget on purpose
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00.250Z"), ZoneOffset.UTC);
    private HoodSimulator sim;

    private HoodClient start(boolean rateLimits) {
        sim = HoodSimulator.start(SimulatorConfig.builder(TOKEN).clock(clock).rateLimitsEnabled(rateLimits).build());
        return client(TOKEN);
    }

    private HoodClient client(String token) {
        return HoodClient.create(new Endpoint(sim.baseUri()), ApiToken.of(token), RequestGate.UNLIMITED);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private List<ProfileProperty> all(HoodClient client, ListQuery query) throws Exception {
        return new PropertyPager(client, d -> { }).fetchAll(query, 100, (r, l, t) -> { });
    }

    @Test
    void pagesThroughEveryPropertyOfTheAccount() throws Exception {
        HoodClient client = start(false);

        PropertyPage first = client.list(ListQuery.all().withPage(1, 10));
        List<ProfileProperty> everything = all(client, ListQuery.all());

        assertThat(first.total()).isEqualTo(300);
        assertThat(first.items()).hasSize(10);
        assertThat(everything).hasSize(300).extracting(ProfileProperty::id).doesNotHaveDuplicates();
        assertThat(everything).filteredOn(ProfileProperty::isSystem).hasSizeBetween(40, 80);
    }

    @Test
    void readsTheRowThatSaysPropertyInsteadOfLabel() throws Exception {
        HoodClient client = start(false);

        ProfileProperty aliased = all(client, ListQuery.all()).stream()
                .filter(p -> sim.property(p.id()).orElseThrow().containsKey("property"))
                .findFirst().orElseThrow();

        assertThat(aliased.label()).isEqualTo(sim.property(aliased.id()).orElseThrow().get("property"));
    }

    @Test
    void sortsDescending() throws Exception {
        HoodClient client = start(false);

        List<ProfileProperty> items = client.list(ListQuery.all().withPage(1, 50)
                .withSort(SortKey.desc("update_time"))).items();

        assertThat(items).extracting(ProfileProperty::updateTime).filteredOn(Objects::nonNull)
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void searchesOnlyTheChosenFields() throws Exception {
        HoodClient client = start(false);

        List<ProfileProperty> found = all(client, ListQuery.all().withSearch("region", "target"));

        assertThat(found).isNotEmpty().allSatisfy(p -> assertThat(p.target().toLowerCase()).contains("region"));
    }

    @Test
    void filtersWithOperators() throws Exception {
        HoodClient client = start(false);

        List<ProfileProperty> system = all(client, ListQuery.all().withFilter(Filter.eq("system", "1")));
        List<ProfileProperty> two = all(client, ListQuery.all().withFilter(Filter.of("id", FilterOperator.IN, "1000100", "1000105")));
        List<ProfileProperty> noExample = all(client, ListQuery.all().withFilter(Filter.of("example", FilterOperator.ISN)));
        List<ProfileProperty> notText = all(client, ListQuery.all().withFilter(Filter.of("data_type", FilterOperator.NEQ, "text")));

        assertThat(system).isNotEmpty().allMatch(ProfileProperty::isSystem);
        assertThat(two).extracting(ProfileProperty::id).containsExactlyInAnyOrder("1000100", "1000105");
        assertThat(noExample).isNotEmpty().allMatch(p -> p.example() == null);
        assertThat(notText).isNotEmpty().noneMatch(p -> "text".equals(p.dataType()));
    }

    @Test
    void asksForASubsetOfFields() throws Exception {
        HoodClient client = start(false);

        ProfileProperty slim = client.list(ListQuery.all().withPage(1, 1).withFields("id", "label")).items().get(0);

        assertThat(slim.id()).isNotNull();
        assertThat(slim.label()).isNotNull();
        assertThat(slim.description()).isNull();
        assertThat(slim.target()).isNull();
    }

    @Test
    void patchSendsOnlyTheChangedFieldsAndTheServerAppliesThem() throws Exception {
        HoodClient client = start(false);
        ProfileProperty custom = all(client, ListQuery.all().withFilter(Filter.eq("system", "0"))).get(0);

        client.patch(custom.id(), Map.of(UpdatableField.EXAMPLE, "northern_europe", UpdatableField.PI_DATA, "1"));

        Map<String, Object> stored = sim.property(custom.id()).orElseThrow();
        assertThat(stored).containsEntry("example", "northern_europe").containsEntry("pi_data", 1)
                .containsEntry("description", custom.description());
    }

    @Test
    void systemPropertyIsRefusedWithTheServersMessageAndTraceId() throws Exception {
        HoodClient client = start(false);
        ProfileProperty system = all(client, ListQuery.all().withFilter(Filter.eq("system", "1"))).get(0);

        assertThatThrownBy(() -> client.patch(system.id(), Map.of(UpdatableField.EXAMPLE, "x")))
                .isInstanceOfSatisfying(HoodApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.BAD_REQUEST);
                    assertThat(e.error().message()).isEqualTo("System properties are not updatable.");
                    assertThat(e.error().traceId()).isNotBlank();
                });
    }

    @Test
    void invalidValueUnknownIdAndWrongTokenAreTyped() throws Exception {
        HoodClient client = start(false);
        String customId = all(client, ListQuery.all().withFilter(Filter.eq("system", "0"))).get(0).id();

        assertThatThrownBy(() -> client.patch(customId, Map.of(UpdatableField.DESCRIPTION, "x".repeat(2001))))
                .isInstanceOfSatisfying(HoodApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.BAD_REQUEST);
                    assertThat(e.error().message()).contains("description");
                });
        assertThatThrownBy(() -> client.patch("999999999", Map.of(UpdatableField.EXAMPLE, "x")))
                .isInstanceOfSatisfying(HoodApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.NOT_FOUND));
        assertThatThrownBy(() -> client("wrong-token").list(ListQuery.all()))
                .isInstanceOfSatisfying(HoodApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.UNAUTHORIZED);
                    assertThat(e.getMessage()).doesNotContain("wrong-token");
                });
    }

    @Test
    void exposesRateLimitHeadersAndTheRetryAfterOfA429() throws Exception {
        HoodClient client = start(true);

        PropertyPage page = client.list(ListQuery.all().withPage(1, 1));
        sim.spendBudget(20); // another client of the account uses up the 1 s window

        assertThat(page.rateLimit().limit()).isNotNull();
        assertThat(page.rateLimit().remaining()).isNotNull();
        assertThat(page.rateLimit().resetSeconds()).isPositive();
        assertThatThrownBy(() -> client.list(ListQuery.all())).isInstanceOfSatisfying(HoodApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.RATE_LIMITED);
            assertThat(e.error().retryAfterSeconds()).isPositive();
        });
    }

    @Test
    void serverErrorAndLostResponseAreTransient() throws Exception {
        HoodClient client = start(false);
        String customId = all(client, ListQuery.all().withFilter(Filter.eq("system", "0"))).get(0).id();

        sim.faults().failNextRequests(1);
        assertThatThrownBy(() -> client.patch(customId, Map.of(UpdatableField.EXAMPLE, "a")))
                .isInstanceOfSatisfying(HoodApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.SERVER_ERROR);
                    assertThat(e.error().traceId()).isNotBlank();
                    assertThat(e.kind().isTransient()).isTrue();
                });
        sim.faults().loseNextPatchResponses(1);
        assertThatThrownBy(() -> client.patch(customId, Map.of(UpdatableField.EXAMPLE, "b")))
                .isInstanceOfSatisfying(HoodApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.NETWORK));
        assertThat(sim.property(customId).orElseThrow()).containsEntry("example", "b");
    }
}
