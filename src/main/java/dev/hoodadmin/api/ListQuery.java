package dev.hoodadmin.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The query of a list request: paging, sort, search, filters and field subset.
 * Immutable; the {@code with*} methods return changed copies.
 */
public record ListQuery(Integer page, Integer pageSize, List<SortKey> sort, String q, List<String> qFields,
                        List<Filter> filters, List<String> fields, boolean fullView) {

    public static final Set<String> SEARCHABLE = Set.of("target", "label", "description");

    public ListQuery {
        sort = List.copyOf(sort);
        qFields = List.copyOf(qFields);
        filters = List.copyOf(filters);
        fields = List.copyOf(fields);
        if (page != null && page < 1) throw new IllegalArgumentException("page is 1-based, not " + page);
        if (pageSize != null && pageSize < 1) throw new IllegalArgumentException("page size must be positive");
        for (String f : qFields) {
            if (!SEARCHABLE.contains(f)) {
                throw new IllegalArgumentException("'" + f + "' is not searchable; use one of " + SEARCHABLE);
            }
        }
    }

    public static ListQuery all() {
        return new ListQuery(null, null, List.of(), null, List.of(), List.of(), List.of(), false);
    }

    public ListQuery withPage(int page, Integer pageSize) {
        return new ListQuery(page, pageSize, sort, q, qFields, filters, fields, fullView);
    }

    public ListQuery withSort(SortKey... keys) {
        return new ListQuery(page, pageSize, List.of(keys), q, qFields, filters, fields, fullView);
    }

    public ListQuery withSearch(String text, String... searchFields) {
        return new ListQuery(page, pageSize, sort, text, List.of(searchFields), filters, fields, fullView);
    }

    public ListQuery withFilter(Filter filter) {
        List<Filter> more = new ArrayList<>(filters);
        more.add(filter);
        return new ListQuery(page, pageSize, sort, q, qFields, more, fields, fullView);
    }

    public ListQuery withFields(String... names) {
        return new ListQuery(page, pageSize, sort, q, qFields, filters, List.of(names), fullView);
    }

    public ListQuery withFullView() {
        return new ListQuery(page, pageSize, sort, q, qFields, filters, fields, true);
    }

    /** The query string without a leading '?', e.g. {@code page=2,100&sort=-update_time&system=0}. */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (page != null) parts.add("page=" + page + (pageSize != null ? "," + pageSize : ""));
        if (!sort.isEmpty()) parts.add("sort=" + join(sort.stream().map(SortKey::queryValue).toList()));
        if (q != null && !q.isEmpty()) parts.add("q=" + encode(q));
        if (!qFields.isEmpty()) parts.add("q_fields=" + join(qFields));
        for (Filter f : filters) parts.add(encode(f.field()) + "=" + encode(f.queryValue()));
        if (!fields.isEmpty()) parts.add("fields=" + join(fields));
        if (fullView) parts.add("view=full");
        return String.join("&", parts);
    }

    private static String join(List<String> values) {
        return encode(String.join(",", values));
    }

    /** Percent-encodes for a query component but keeps ',' and ':' readable (both are legal there). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("%2C", ",").replace("%3A", ":");
    }
}
