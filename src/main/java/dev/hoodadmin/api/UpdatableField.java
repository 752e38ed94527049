package dev.hoodadmin.api;

import java.util.Arrays;
import java.util.Optional;

/** The six fields a PATCH may change. Values travel as text; flags as "0" or "1". */
public enum UpdatableField {
    EXAMPLE("example", Kind.TEXT),
    DESCRIPTION("description", Kind.TEXT),
    EXPORT_ALIAS("export_alias", Kind.TEXT),
    PI_DATA("pi_data", Kind.FLAG),
    IMPORTABLE("importable", Kind.FLAG),
    EXPORTABLE("exportable", Kind.FLAG);

    public enum Kind { TEXT, FLAG }

    private final String wireName;
    private final Kind kind;

    UpdatableField(String wireName, Kind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    /** The JSON field name, e.g. {@code export_alias}. */
    public String wireName() {
        return wireName;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isFlag() {
        return kind == Kind.FLAG;
    }

    public static Optional<UpdatableField> fromWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }

    /** Equal for the person: flags exactly, texts with an absent and an empty text alike (every editor shows both as empty). */
    public boolean isSameValue(String a, String b) {
        if (isFlag()) return java.util.Objects.equals(a, b);
        return java.util.Objects.equals(a == null ? "" : a, b == null ? "" : b);
    }

    /** The JSON value to send: a number for flags, the text as written otherwise. */
    Object toJsonValue(String value) {
        if (kind == Kind.FLAG) {
            Boolean flag = parseFlag(value);
            if (flag == null) {
                throw new IllegalArgumentException(wireName + " must be 0 or 1, not '" + value + "'");
            }
            return flag ? 1 : 0;
        }
        return value == null ? "" : value;
    }

    static String flagText(Boolean flag) {
        return flag == null ? null : flag ? "1" : "0";
    }

    static Boolean parseFlag(String value) {
        if ("1".equals(value)) return Boolean.TRUE;
        if ("0".equals(value)) return Boolean.FALSE;
        return null;
    }
}
