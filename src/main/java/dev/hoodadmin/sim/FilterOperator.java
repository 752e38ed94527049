package dev.hoodadmin.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The filter operators of Hood collection endpoints. A null (or missing) value never equals
 * anything, so {@code neq} and {@code nin} match it while {@code eq}, {@code in}, comparisons and
 * ranges do not. Range bounds follow the published Hood API overview:
 * {@code r} excludes both ends, {@code rf} ("full") includes both, {@code rl} includes only the
 * start (left) end, {@code rr} includes only the end (right) one.
 */
enum FilterOperator {
    EQ("eq", Arity.VALUE),
    NEQ("neq", Arity.VALUE),
    GT("gt", Arity.NON_EMPTY_VALUE),
    GTE("gte", Arity.NON_EMPTY_VALUE),
    LT("lt", Arity.NON_EMPTY_VALUE),
    LTE("lte", Arity.NON_EMPTY_VALUE),
    IN("in", Arity.LIST),
    NIN("nin", Arity.LIST),
    IS("is", Arity.NONE),
    ISN("isn", Arity.NONE),
    R("r", Arity.PAIR),
    RF("rf", Arity.PAIR),
    RL("rl", Arity.PAIR),
    RR("rr", Arity.PAIR);

    /** How many operands follow the colon. */
    enum Arity { VALUE, NON_EMPTY_VALUE, LIST, NONE, PAIR }

    private final String token;
    private final Arity arity;

    FilterOperator(String token, Arity arity) {
        this.token = token;
        this.arity = arity;
    }

    String token() {
        return token;
    }

    Arity arity() {
        return arity;
    }

    static Optional<FilterOperator> byToken(String token) {
        return Arrays.stream(values()).filter(op -> op.token.equals(token)).findFirst();
    }

    static String allTokens() {
        return Arrays.stream(values()).map(FilterOperator::token).collect(Collectors.joining(", "));
    }

    /** @param value the stored value, null when null or missing */
    boolean matches(PropertyField field, Object value, List<String> operands) {
        if (this == IS || this == ISN) {
            return (value != null) == (this == IS);
        }
        if (value == null) {
            return this == NEQ || this == NIN;
        }
        switch (this) {
            case EQ:
                return cmp(field, value, operands.get(0)) == 0;
            case NEQ:
                return cmp(field, value, operands.get(0)) != 0;
            case GT:
                return cmp(field, value, operands.get(0)) > 0;
            case GTE:
                return cmp(field, value, operands.get(0)) >= 0;
            case LT:
                return cmp(field, value, operands.get(0)) < 0;
            case LTE:
                return cmp(field, value, operands.get(0)) <= 0;
            case IN:
                return operands.stream().anyMatch(operand -> cmp(field, value, operand) == 0);
            case NIN:
                return operands.stream().noneMatch(operand -> cmp(field, value, operand) == 0);
            default:
                return inRange(field, value, operands.get(0), operands.get(1));
        }
    }

    private boolean inRange(PropertyField field, Object value, String start, String end) {
        int fromStart = cmp(field, value, start);
        int toEnd = cmp(field, value, end);
        boolean startOk = (this == RF || this == RL) ? fromStart >= 0 : fromStart > 0;
        boolean endOk = (this == RF || this == RR) ? toEnd <= 0 : toEnd < 0;
        return startOk && endOk;
    }

    private static int cmp(PropertyField field, Object value, String operand) {
        return ValueComparison.compare(field, value, operand);
    }
}
