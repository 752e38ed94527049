package dev.hoodadmin.engine;

import dev.hoodadmin.api.PageSizeMemory;
import dev.hoodadmin.store.AccountMeta;

import java.util.OptionalInt;

/**
 * The largest list page the account's server serves, kept in the account's data file. A value that cannot be
 * read or written costs one request of learning, never the read, so failures are logged and not thrown.
 */
final class KeptPageSize implements PageSizeMemory {
    static final String KEY = "list_page_max";
    private static final System.Logger LOG = System.getLogger(KeptPageSize.class.getName());

    private final AccountMeta meta;

    KeptPageSize(AccountMeta meta) {
        this.meta = meta;
    }

    @Override
    public OptionalInt recall() {
        try {
            return meta.get(KEY).map(String::strip).filter(v -> v.matches("[1-9][0-9]{0,8}"))
                    .map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the page size kept for this account", e);
            return OptionalInt.empty();
        }
    }

    @Override
    public void remember(int largestPage) {
        try {
            meta.put(KEY, Integer.toString(largestPage));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not keep the page size learned for this account", e);
        }
    }
}
