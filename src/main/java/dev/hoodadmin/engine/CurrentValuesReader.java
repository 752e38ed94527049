package dev.hoodadmin.engine;

import dev.hoodadmin.api.Filter;
import dev.hoodadmin.api.FilterOperator;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.api.PropertyPager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the current values and system flags of the edited properties in as few requests as the API
 * allows: {@code id=in:…} with up to {@value #IDS_PER_REQUEST} ids per query and the same page size
 * (the server may clamp the page size; the pager then reads further pages). Reads cost rate budget
 * like PATCHes, so one read per 500 ids instead of one per property.
 */
public final class CurrentValuesReader {
    public static final int IDS_PER_REQUEST = 500;

    private final PropertyPager pager;

    public CurrentValuesReader(PropertyApi api, PropertyPager.Pause pause) {
        this.pager = new PropertyPager(api, pause);
    }

    /** The properties that exist among {@code ids}, by id; ids the server does not know are absent. */
    public Map<String, ProfileProperty> read(Collection<String> ids) throws HoodApiException, InterruptedException {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<String, ProfileProperty> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_REQUEST) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_REQUEST));
            ListQuery query = ListQuery.all().withFilter(Filter.of("id", FilterOperator.IN, chunk.toArray(String[]::new)));
            Set<String> wanted = Set.copyOf(chunk);
            for (ProfileProperty property : pager.fetchAll(query, IDS_PER_REQUEST, (rows, loaded, total) -> { })) {
                // a server that ignored the filter would send others too: keep only what was asked for
                if (wanted.contains(property.id())) found.put(property.id(), property);
            }
        }
        return found;
    }
}
