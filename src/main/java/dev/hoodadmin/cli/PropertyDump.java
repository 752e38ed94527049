package dev.hoodadmin.cli;

import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPager;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads every page of a query (with the largest page size, to spend little rate budget) into a sink. */
final class PropertyDump {
    static final int PAGE_SIZE = 500;

    private PropertyDump() {
    }

    /** @return how many properties were written */
    static int dump(PropertyApi api, ListQuery query, PropertySink sink)
            throws HoodApiException, InterruptedException, IOException {
        sink.begin();
        int count;
        try {
            count = new PropertyPager(api, PropertyPager.Pause.REAL).fetchAll(query, PAGE_SIZE, (rows, loaded, total) -> {
                try {
                    sink.write(rows);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).size();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.end();
        return count;
    }
}
