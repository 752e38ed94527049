package dev.hoodadmin.api;

/** Filter operators of Hood collection endpoints; written as {@code field=op:value}. */
public enum FilterOperator {
    EQ("eq"), NEQ("neq"), GT("gt"), GTE("gte"), LT("lt"), LTE("lte"),
    IN("in"), NIN("nin"),
    /** Not null; takes no value. */
    IS("is"),
    /** Null; takes no value. */
    ISN("isn"),
    /** Ranges take {@code start,end}. */
    RANGE("r"), RANGE_F("rf"), RANGE_L("rl"), RANGE_R("rr");

    private final String token;

    FilterOperator(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public boolean takesValue() {
        return this != IS && this != ISN;
    }
}
