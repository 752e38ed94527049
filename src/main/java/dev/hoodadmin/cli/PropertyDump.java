package dev.hoodadmin.cli;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.PropertySync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What {@code list} and {@code export} write. Every property: from the account's kept copy, brought up to date
 * with a delta refresh when one exists (or, with {@code cached}, as kept, without a request), else read in full
 * and kept. A filtered query asks the server, page by page, straight into the sink.
 */
final class PropertyDump {
    private PropertyDump() {
    }

    /** @return how many properties were written */
    static int dump(AccountWorkspace account, ListQuery query, boolean cached, PropertySink sink)
            throws CliException, HoodApiException, InterruptedException, IOException {
        boolean everything = query.filters().isEmpty() && query.q() == null;
        if (!everything && cached) {
            throw CliException.usage("--cached answers from every property kept on this computer; "
                    + "it cannot be combined with --filter or --q");
        }
        List<ProfileProperty> rows = everything ? everyProperty(account.properties(), cached) : null;
        sink.begin();
        int count;
        if (rows != null) {
            sink.write(rows);
            count = rows.size();
        } else {
            count = streamFromServer(account, query, sink);
        }
        sink.end();
        return count;
    }

    private static List<ProfileProperty> everyProperty(PropertySync sync, boolean cached)
            throws CliException, HoodApiException, InterruptedException {
        List<ProfileProperty> kept = sync.openFromCopy();
        PropertyPager.PageListener quiet = (rows, loaded, total) -> { };
        if (cached) {
            if (kept.isEmpty()) {
                throw new CliException(ExitCodes.SOME_FAILED, "no properties of this account are kept on this "
                        + "computer yet; run once without --cached to read and keep them");
            }
            return kept;
        }
        if (!sync.canRefresh()) return sync.readAll(quiet);
        sync.refresh(quiet);
        return sync.known();
    }

    private static int streamFromServer(AccountWorkspace account, ListQuery query, PropertySink sink)
            throws HoodApiException, InterruptedException, IOException {
        try {
            return account.pager()
                    .fetchAll(query, PropertySync.PAGE_SIZE, (rows, loaded, total) -> {
                        try {
                            sink.write(rows);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).size();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
