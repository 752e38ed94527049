package dev.hoodadmin.ui.main;

import java.util.Optional;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPage;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RateLimitHeaders;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Passes calls on and remembers the query string of every list request, to check what a refresh asks for. */
final class RecordingApi implements PropertyApi {
    private final PropertyApi delegate;
    private final List<String> listQueries = new CopyOnWriteArrayList<>();

    RecordingApi(PropertyApi delegate) {
        this.delegate = delegate;
    }

    List<String> listQueries() {
        return List.copyOf(listQueries);
    }

    void forget() {
        listQueries.clear();
    }

    @Override
    public PropertyPage list(ListQuery query) throws HoodApiException, InterruptedException {
        listQueries.add(query.toQueryString());
        return delegate.list(query);
    }

    @Override
    public Optional<ProfileProperty> create(NewProperty property) throws HoodApiException, InterruptedException {
        return delegate.create(property);
    }

    @Override
    public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes)
            throws HoodApiException, InterruptedException {
        return delegate.patch(id, changes);
    }
}
