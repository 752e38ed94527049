package dev.hoodadmin.api;

import java.util.Optional;
import dev.hoodadmin.ratelimit.RateLimitHeaders;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        final int maxPageSize;

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
}
