package dev.hoodadmin.ui.editor;

import java.util.Optional;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPage;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RateLimitHeaders;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The worker's API in the tests: the real client to the simulator, which a test can make hold PATCHes (to
 * look at the window while an edit waits or is in flight), swap (a client with a stale token), or make send
 * an over-long description for one property so the real simulator answers 400 with its message and trace id.
 */
final class SwitchableApi implements PropertyApi {
    private volatile PropertyApi delegate;
    private volatile CountDownLatch gate;
    private volatile String overlongDescriptionFor;

    SwitchableApi(PropertyApi delegate) {
        this.delegate = delegate;
    }

    @Override
    public PropertyPage list(ListQuery query) throws HoodApiException, InterruptedException {
        return delegate.list(query);
    }

    @Override
    public Optional<ProfileProperty> create(NewProperty property) throws HoodApiException, InterruptedException {
        return delegate.create(property);
    }

    @Override
    public RateLimitHeaders patch(String id, Map<UpdatableField, String> changes)
            throws HoodApiException, InterruptedException {
        CountDownLatch waitFor = gate;
        if (waitFor != null) waitFor.await();
        Map<UpdatableField, String> sent = new EnumMap<>(changes);
        if (id.equals(overlongDescriptionFor) && sent.containsKey(UpdatableField.DESCRIPTION)) {
            sent.put(UpdatableField.DESCRIPTION, "x".repeat(2100));
        }
        return delegate.patch(id, sent);
    }

    /** PATCHes wait until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch waiting = gate;
        gate = null;
        if (waiting != null) waiting.countDown();
    }

    void use(PropertyApi api) {
        delegate = api;
    }

    /** The server will see a description it refuses for this property (a rule the app cannot know about). */
    void sendOverlongDescriptionFor(String propertyId) {
        overlongDescriptionFor = propertyId;
    }
}
