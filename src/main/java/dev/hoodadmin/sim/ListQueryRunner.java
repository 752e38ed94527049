package dev.hoodadmin.sim;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Applies filters, search, sort and paging to a snapshot of the store. */
final class ListQueryRunner {

    /** One page of rows and the number of rows that matched before paging. */
    record Page(int total, List<PropertyRow> rows) {
    }

    private ListQueryRunner() {
    }

    static Page run(ListQuery query, List<PropertyRow> rows) {
        Predicate<PropertyRow> matches = row -> query.filters().stream().allMatch(filter -> filter.matches(row));
        if (query.search() != null) {
            matches = matches.and(row -> containsSearch(row, query));
        }
        List<PropertyRow> matching = rows.stream().filter(matches).collect(Collectors.toList());
        if (!query.sort().isEmpty()) {
            matching.sort(PropertySorter.comparator(query.sort()));
        }
        long from = (long) (query.page() - 1) * query.pageSize();
        if (from >= matching.size()) {
            return new Page(matching.size(), List.of());
        }
        int to = (int) Math.min(matching.size(), from + query.pageSize());
        return new Page(matching.size(), matching.subList((int) from, to));
    }

    private static boolean containsSearch(PropertyRow row, ListQuery query) {
        for (PropertyField field : query.searchFields()) {
            Object value = row.get(field);
            if (value != null && value.toString().toLowerCase(Locale.ROOT).contains(query.search())) {
                return true;
            }
        }
        return false;
    }
}
