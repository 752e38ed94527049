package dev.hoodadmin.sim;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code <field>=[operator:]value} query parameter. The text before the first colon is read
 * as an operator only when it is all letters, so a plain timestamp such as
 * {@code create_time=2024-01-01 10:00:00} is an {@code eq} filter; to match a value that itself
 * starts with letters and a colon, write {@code eq:} in front.
 */
record Filter(PropertyField field, FilterOperator operator, List<String> operands) {
    private static final Pattern OPERATOR_NAME = Pattern.compile("[A-Za-z]+");

    boolean matches(PropertyRow row) {
        return operator.matches(field, row.get(field), operands);
    }

    static Filter parse(PropertyField field, String name, String raw) {
        int colon = raw.indexOf(':');
        if (colon < 0 || !OPERATOR_NAME.matcher(raw.substring(0, colon)).matches()) {
            return checked(new Filter(field, FilterOperator.EQ, List.of(raw)));
        }
        String token = raw.substring(0, colon);
        FilterOperator operator = FilterOperator.byToken(token).orElseThrow(() -> ApiException.badRequest(
                "Unknown filter operator '" + token + "' in '" + name + "'. Operators: "
                        + FilterOperator.allTokens() + "."));
        return checked(new Filter(field, operator, operands(operator, name, raw.substring(colon + 1))));
    }

    /** Ids are numbers, as Hood's: anything else in an id filter is refused the way Hood refuses it. */
    private static Filter checked(Filter filter) {
        if (filter.field == PropertyField.ID && filter.operands.stream().anyMatch(v -> !v.matches("\\d{1,19}"))) {
            throw ApiException.badRequest("Invalid value for filter id");
        }
        return filter;
    }

    private static List<String> operands(FilterOperator operator, String name, String text) {
        String where = "Filter '" + name + "=" + operator.token() + ":" + text + "': operator '" + operator.token();
        switch (operator.arity()) {
            case VALUE:
                return List.of(text);
            case NON_EMPTY_VALUE:
                if (text.isEmpty()) {
                    throw ApiException.badRequest(where + "' needs a value.");
                }
                return List.of(text);
            case NONE:
                if (!text.isEmpty()) {
                    throw ApiException.badRequest(where + "' takes no value; write " + name + "="
                            + operator.token() + ":");
                }
                return List.of();
            case LIST:
                List<String> items = Arrays.asList(text.split(",", -1));
                if (items.stream().anyMatch(String::isEmpty)) {
                    throw ApiException.badRequest(where + "' needs a comma-separated list of non-empty values.");
                }
                return items;
            default:
                List<String> bounds = Arrays.asList(text.split(",", -1));
                if (bounds.size() != 2 || bounds.get(0).isEmpty() || bounds.get(1).isEmpty()) {
                    throw ApiException.badRequest(where + "' needs exactly two values: start,end.");
                }
                return bounds;
        }
    }
}
