package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;

import java.util.List;

/**
 * Where the account's properties are kept between runs (the app adapts its store to this). Calls touch the
 * disk: {@link LocalCopy} makes them one at a time, off the JavaFX thread.
 */
public interface PropertyCacheAccess {
    /** Every kept property, in the order they were kept; empty when nothing is kept. */
    List<ProfileProperty> loadAll();

    /** Keeps exactly these properties, in this order: after a full read. */
    void replaceAll(List<ProfileProperty> properties);

    /** Puts these in place of the kept ones with their ids, new ids at the end: after a refresh or an applied edit. */
    void upsert(List<ProfileProperty> properties);
}
