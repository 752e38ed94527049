package dev.hoodadmin.api;

import java.util.Optional;
import dev.hoodadmin.ratelimit.RateLimitHeaders;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PropertyPagerTest {
    private final List<Duration> pauses = new ArrayList<>();

    private static ProfileProperty row(int id) {
        return new ProfileProperty(String.valueOf(id), null, "t" + id, "L" + id, "text", null, null, null, null,
                null, null, null, null, null, null);
    }

    /** Serves {@code count} rows but never more than {@code maxPageSize} per page, like a server that clamps. */
    private static final class ClampingApi implements PropertyApi {
        final List<ListQuery> asked = new ArrayList<>();
        final List<HoodApiException> failures = new ArrayList<>();
        final int count;
        int maxPageSize;

        ClampingApi(int count, int maxPageSize) {
            this.count = count;
            this.maxPageSize = maxPageSize;
        }

        @Override
        public PropertyPage list(ListQuery query) throws HoodApiException {
            asked.add(query);
            if (!failures.isEmpty()) throw failures.remove(0);
            int size = Math.min(query.pageSize(), maxPageSize);
            List<ProfileProperty> items = new ArrayList<>();
            for (int i = (query.page() - 1) * size; i < Math.min(count, query.page() * size); i++) items.add(row(i));
            return new PropertyPage(count, items, RateLimitHeaders.none(200));
        }

        @Override
        public Optional<ProfileProperty> create(NewProperty property) {
            throw new UnsupportedOperationException("this test API creates nothing");
        }

        @Override
        public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void walksEveryPageEvenWhenTheServerClampsThePageSize() throws Exception {
        ClampingApi api = new ClampingApi(250, 100);
        List<String> progress = new ArrayList<>();

        List<ProfileProperty> all = new PropertyPager(api, pauses::add)
                .fetchAll(ListQuery.all(), 1000, (rows, loaded, total) -> progress.add(loaded + "/" + total));

        assertThat(all).hasSize(250);
        assertThat(all).extracting(ProfileProperty::id).doesNotHaveDuplicates();
        assertThat(progress).containsExactly("100/250", "200/250", "250/250");
        assertThat(api.asked).extracting(ListQuery::page).containsExactly(1, 2, 3);
    }

    @Test
    void retriesTransientFailuresWithTheServersWait() throws Exception {
        ClampingApi api = new ClampingApi(5, 100);
        api.failures.add(new HoodApiException(new ApiError(ApiErrorKind.RATE_LIMITED, 429, "Too many", null, null, 2L)));
        api.failures.add(new HoodApiException(ApiError.network("reset")));

        List<ProfileProperty> all = new PropertyPager(api, pauses::add).fetchAll(ListQuery.all(), 100, (r, l, t) -> { });

        assertThat(all).hasSize(5);
        assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(1000));
    }

    @Test
    void stopsOnAnErrorThatRetryingCannotFix() {
        ClampingApi api = new ClampingApi(5, 100);
        api.failures.add(new HoodApiException(new ApiError(ApiErrorKind.UNAUTHORIZED, 401, "Unauthorized", null, "t", null)));

        assertThatThrownBy(() -> new PropertyPager(api, pauses::add).fetchAll(ListQuery.all(), 100, (r, l, t) -> { }))
                .isInstanceOfSatisfying(HoodApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.UNAUTHORIZED));
        assertThat(api.asked).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        ClampingApi api = new ClampingApi(5, 100);
        for (int i = 0; i < PropertyPager.MAX_ATTEMPTS; i++) {
            api.failures.add(new HoodApiException(new ApiError(ApiErrorKind.SERVER_ERROR, 500, "Internal server error.", null, "t", null)));
        }

        assertThatThrownBy(() -> new PropertyPager(api, pauses::add).fetchAll(ListQuery.all(), 100, (r, l, t) -> { }))
                .isInstanceOf(HoodApiException.class);
        assertThat(api.asked).hasSize(PropertyPager.MAX_ATTEMPTS);
    }

    /** Keeps what the pager learned, as the account's data file does. */
    private static final class Memory implements PageSizeMemory {
        final List<Integer> remembered = new ArrayList<>();
        OptionalInt kept = OptionalInt.empty();

        @Override
        public OptionalInt recall() {
            return kept;
        }

        @Override
        public void remember(int largestPage) {
            remembered.add(largestPage);
            kept = OptionalInt.of(largestPage);
        }
    }

    private static List<Integer> sizesAsked(ClampingApi api) {
        return api.asked.stream().map(ListQuery::pageSize).toList();
    }

    @Test
    void learnsTheServersLargestPageFromTheFirstAnswerAndAsksForExactlyThatAfterwards() throws Exception {
        ClampingApi api = new ClampingApi(2_500, 1_000);
        Memory memory = new Memory();
        PropertyPager pager = new PropertyPager(api, pauses::add, Duration.ofSeconds(1), memory);

        List<ProfileProperty> all = pager.fetchAll(ListQuery.all(), (r, l, t) -> { });

        assertThat(all).extracting(ProfileProperty::id).hasSize(2_500).doesNotHaveDuplicates();
        assertThat(sizesAsked(api)).containsExactly(PropertyPager.LARGEST_ASK, 1_000, 1_000);
        assertThat(api.asked).extracting(ListQuery::page).containsExactly(1, 2, 3);
        assertThat(memory.remembered).containsExactly(1_000);
        assertThat(pager.serverMaximum()).hasValue(1_000);

        api.asked.clear();
        pager.fetchAll(ListQuery.all(), (r, l, t) -> { });
        assertThat(sizesAsked(api)).containsExactly(1_000, 1_000, 1_000);
        assertThat(memory.remembered).containsExactly(1_000);
    }

    @Test
    void aNewSessionStartsFromTheRememberedLargestPage() throws Exception {
        ClampingApi api = new ClampingApi(250, 100);
        Memory memory = new Memory();
        memory.kept = OptionalInt.of(100);

        new PropertyPager(api, pauses::add, Duration.ofSeconds(1), memory).fetchAll(ListQuery.all(), (r, l, t) -> { });

        assertThat(sizesAsked(api)).containsExactly(100, 100, 100);
        assertThat(memory.remembered).isEmpty();
    }

    @Test
    void aServerThatServesEverythingAskedTeachesNothingAndTakesOneRequest() throws Exception {
        ClampingApi api = new ClampingApi(300, 100_000);
        Memory memory = new Memory();
        PropertyPager pager = new PropertyPager(api, pauses::add, Duration.ofSeconds(1), memory);

        assertThat(pager.fetchAll(ListQuery.all(), (r, l, t) -> { })).hasSize(300);

        assertThat(api.asked).hasSize(1);
        assertThat(memory.remembered).isEmpty();
        assertThat(pager.serverMaximum()).isEmpty();
    }

    @Test
    void aLargestPageThatShrinksInTheMiddleOfAWalkLosesNoRow() throws Exception {
        ClampingApi api = new ClampingApi(2_500, 1_000);
        PropertyPager pager = new PropertyPager(api, pauses::add);
        List<String> ids = new ArrayList<>();

        pager.fetchAll(ListQuery.all(), (rows, loaded, total) -> {
            rows.forEach(row -> ids.add(row.id()));
            api.maxPageSize = 300; // the server lowers its maximum after the first page
        });

        assertThat(ids).hasSize(2_500).doesNotHaveDuplicates();
        assertThat(pager.serverMaximum()).hasValue(300);
    }
}
