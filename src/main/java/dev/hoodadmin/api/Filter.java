package dev.hoodadmin.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One list filter, e.g. {@code system=eq:0} or {@code id=in:1,2}. */
public record Filter(String field, FilterOperator operator, List<String> values) {

    /** Fields the contract allows filtering on. */
    public static final Set<String> FILTERABLE = Set.of("id", "target", "label", "data_type", "example",
            "pi_data", "system", "importable", "exportable", "create_time", "update_time");

    public Filter {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
        if (!FILTERABLE.contains(field)) {
            throw new IllegalArgumentException("'" + field + "' is not filterable; use one of " + FILTERABLE);
        }
        values = List.copyOf(values);
        if (operator.takesValue() && values.isEmpty()) {
            throw new IllegalArgumentException("filter " + field + "=" + operator.token() + ": needs a value");
        }
    }

    public static Filter of(String field, FilterOperator operator, String... values) {
        return new Filter(field, operator, List.of(values));
    }

    public static Filter eq(String field, String value) {
        return of(field, FilterOperator.EQ, value);
    }

    /**
     * Parses the command-line form {@code field=[op:]value}, e.g. {@code system=0},
     * {@code update_time=gt:2024-01-01 00:00:00} or {@code id=in:1,2,3}.
     */
    public static Filter parse(String expression) {
        int eq = expression.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("filter '" + expression + "' must look like field=[op:]value");
        }
        String field = expression.substring(0, eq).trim();
        String rest = expression.substring(eq + 1);
        FilterOperator operator = FilterOperator.EQ;
        int colon = rest.indexOf(':');
        if (colon > 0) {
            String token = rest.substring(0, colon);
            for (FilterOperator op : FilterOperator.values()) {
                if (op.token().equals(token)) {
                    operator = op;
                    rest = rest.substring(colon + 1);
                    break;
                }
            }
        }
        List<String> values = !operator.takesValue() ? List.of()
                : operator == FilterOperator.EQ || operator == FilterOperator.NEQ ? List.of(rest)
                : List.of(rest.split(",", -1));
        return new Filter(field, operator, values);
    }

    /** The query-string value (before URL encoding). */
    String queryValue() {
        String joined = String.join(",", values);
        return operator == FilterOperator.EQ ? joined : operator.token() + ":" + joined;
    }
}
