package dev.hoodadmin.sim;

import dev.hoodadmin.sim.PropertyField.Use;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the query string of a list request into a {@link ListQuery}, or a 400 that says what is wrong. */
final class ListQueryParser {
    private static final Pattern PAGE = Pattern.compile("(\\d{1,9})(?:,(\\d{1,9}))?");
    private static final Set<String> CONTROL = Set.of("page", "sort", "q", "q_fields", "fields", "view");

    private final int defaultPageSize;
    private final int maxPageSize;

    ListQueryParser(int defaultPageSize, int maxPageSize) {
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    ListQuery parse(String rawQuery) {
        Map<String, String> control = new HashMap<>();
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, String> pair : QueryParameters.parse(rawQuery)) {
            String name = pair.getKey();
            if (CONTROL.contains(name)) {
                if (control.put(name, pair.getValue()) != null) {
                    throw ApiException.badRequest("Parameter '" + name + "' is given more than once.");
                }
            } else {
                filters.add(Filter.parse(filterField(name), name, pair.getValue()));
            }
        }
        checkView(control.get("view"));
        int[] page = page(control.get("page"));
        String q = control.get("q");
        return new ListQuery(page[0], page[1], sort(control.get("sort")),
                q == null || q.isEmpty() ? null : q.toLowerCase(Locale.ROOT),
                searchFields(control.get("q_fields")), filters, fields(control.get("fields")));
    }

    private int[] page(String text) {
        if (text == null) {
            return new int[] {1, defaultPageSize};
        }
        Matcher matcher = PAGE.matcher(text);
        if (!matcher.matches()) {
            throw ApiException.badRequest("Parameter 'page' must be N or N,M with whole numbers, e.g. page=2,50.");
        }
        int number = Integer.parseInt(matcher.group(1));
        int size = matcher.group(2) == null ? defaultPageSize : Integer.parseInt(matcher.group(2));
        if (number < 1 || size < 1) {
            throw ApiException.badRequest("Parameter 'page': page number and size start at 1.");
        }
        return new int[] {number, Math.min(size, maxPageSize)};
    }

    private static List<SortKey> sort(String text) {
        List<SortKey> keys = new ArrayList<>();
        for (String item : items("sort", text)) {
            boolean descending = item.startsWith("-");
            String name = descending ? item.substring(1) : item;
            PropertyField field = PropertyField.byJsonName(name).filter(f -> f.allows(Use.SORT))
                    .orElseThrow(() -> ApiException.badRequest("Field '" + name + "' is not sortable. Sortable fields: "
                            + PropertyField.namesAllowing(Use.SORT) + "."));
            keys.add(new SortKey(field, descending));
        }
        return keys;
    }

    private static Set<PropertyField> searchFields(String text) {
        if (text == null) {
            return EnumSet.copyOf(PropertyField.allowing(Use.SEARCH));
        }
        Set<PropertyField> fields = EnumSet.noneOf(PropertyField.class);
        for (String name : items("q_fields", text)) {
            fields.add(PropertyField.byJsonName(name).filter(f -> f.allows(Use.SEARCH))
                    .orElseThrow(() -> ApiException.badRequest("Field '" + name + "' is not searchable. "
                            + "Searchable fields: " + PropertyField.namesAllowing(Use.SEARCH) + ".")));
        }
        return fields;
    }

    private static Set<PropertyField> fields(String text) {
        if (text == null) {
            return EnumSet.allOf(PropertyField.class);
        }
        Set<PropertyField> fields = EnumSet.of(PropertyField.ID);
        for (String name : items("fields", text)) {
            fields.add(PropertyField.byJsonName(name).orElseThrow(
                    () -> ApiException.badRequest("Unknown field '" + name + "' in parameter 'fields'.")));
        }
        return fields;
    }

    private static PropertyField filterField(String name) {
        PropertyField field = PropertyField.byJsonName(name).orElseThrow(() -> ApiException.badRequest(
                "Unknown query parameter '" + name + "'. Filterable fields: "
                        + PropertyField.namesAllowing(Use.FILTER) + "."));
        if (!field.allows(Use.FILTER)) {
            throw ApiException.badRequest("Field '" + name + "' is not filterable. Filterable fields: "
                    + PropertyField.namesAllowing(Use.FILTER) + ".");
        }
        return field;
    }

    private static void checkView(String view) {
        if (view != null && !view.equals("full") && !view.equals("default")) {
            throw ApiException.badRequest("Parameter 'view' must be 'full' or 'default'.");
        }
    }

    /** Comma-separated names; empty items are a client bug worth reporting. */
    private static List<String> items(String parameter, String text) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        Set<String> seen = new HashSet<>();
        for (String item : text.split(",", -1)) {
            String trimmed = item.trim();
            if (trimmed.isEmpty() || trimmed.equals("-")) {
                throw ApiException.badRequest("Parameter '" + parameter + "' has an empty item: '" + text + "'.");
            }
            if (seen.add(trimmed)) {
                items.add(trimmed);
            }
        }
        return items;
    }
}
