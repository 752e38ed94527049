package dev.hoodadmin.app;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.store.PropertyCache;
import dev.hoodadmin.ui.main.PropertyCacheAccess;

import java.util.List;

/** Lets the main window keep its rows in the account's data file without the UI knowing about the store. */
final class PropertyCacheAdapter implements PropertyCacheAccess {
    private final PropertyCache cache;

    PropertyCacheAdapter(PropertyCache cache) {
        this.cache = cache;
    }

    @Override
    public List<ProfileProperty> loadAll() {
        return cache.loadAll();
    }

    @Override
    public void replaceAll(List<ProfileProperty> properties) {
        cache.replaceAll(properties);
    }

    @Override
    public void upsert(List<ProfileProperty> properties) {
        cache.upsert(properties);
    }
}
