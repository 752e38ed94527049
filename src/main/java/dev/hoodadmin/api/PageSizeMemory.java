package dev.hoodadmin.api;

import java.util.OptionalInt;

/**
 * Where a {@link PropertyPager} keeps the largest page the server was seen to serve, so the next session of the
 * same account asks for exactly that from its first request on (the account's data file in the app).
 */
public interface PageSizeMemory {
    /** The largest page this server served before, if one was learned. */
    OptionalInt recall();

    /** Keeps a newly learned largest page. */
    void remember(int largestPage);

    /** Learns within the session only. */
    PageSizeMemory NONE = new PageSizeMemory() {
        @Override
        public OptionalInt recall() {
            return OptionalInt.empty();
        }

        @Override
        public void remember(int largestPage) {
        }
    };
}
