package dev.hoodadmin.sim;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields of a profile property and what the contract lets a client do with each. */
enum PropertyField {
    ID("id", Kind.TEXT, Use.FILTER),
    COMPANY_ID("company_id", Kind.TEXT),
    TARGET("target", Kind.TEXT, Use.FILTER, Use.SEARCH),
    LABEL("label", Kind.TEXT, Use.FILTER, Use.SEARCH),
    DATA_TYPE("data_type", Kind.TEXT, Use.SORT, Use.FILTER),
    EXAMPLE("example", Kind.TEXT, Use.FILTER, Use.UPDATE),
    DESCRIPTION("description", Kind.TEXT, Use.SEARCH, Use.UPDATE),
    EXPORT_ALIAS("export_alias", Kind.TEXT, Use.UPDATE),
    IMPORT_ALIASES("import_aliases", Kind.LIST),
    PI_DATA("pi_data", Kind.FLAG, Use.SORT, Use.FILTER, Use.UPDATE),
    SYSTEM("system", Kind.FLAG, Use.FILTER),
    IMPORTABLE("importable", Kind.FLAG, Use.SORT, Use.FILTER, Use.UPDATE),
    EXPORTABLE("exportable", Kind.FLAG, Use.SORT, Use.FILTER, Use.UPDATE),
    CREATE_TIME("create_time", Kind.TIMESTAMP, Use.SORT, Use.FILTER),
    UPDATE_TIME("update_time", Kind.TIMESTAMP, Use.SORT, Use.FILTER);

    /** The JSON name one published example uses instead of {@code label}. */
    static final String LABEL_ALIAS = "property";

    enum Kind { TEXT, FLAG, TIMESTAMP, LIST }

    enum Use { SORT, FILTER, SEARCH, UPDATE }

    private final String jsonName;
    private final Kind kind;
    private final Set<Use> uses;

    PropertyField(String jsonName, Kind kind, Use... uses) {
        this.jsonName = jsonName;
        this.kind = kind;
        this.uses = uses.length == 0 ? EnumSet.noneOf(Use.class) : EnumSet.copyOf(Arrays.asList(uses));
    }

    String jsonName() {
        return jsonName;
    }

    Kind kind() {
        return kind;
    }

    boolean allows(Use use) {
        return uses.contains(use);
    }

    /** Finds a field by its JSON name; {@code property} is read as {@code label}. */
    static Optional<PropertyField> byJsonName(String name) {
        if (LABEL_ALIAS.equals(name)) {
            return Optional.of(LABEL);
        }
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
    }

    static List<PropertyField> allowing(Use use) {
        return Arrays.stream(values()).filter(f -> f.allows(use)).collect(Collectors.toList());
    }

    /** "a, b, c" — used in error messages that tell the client what it may send instead. */
    static String namesAllowing(Use use) {
        return allowing(use).stream().map(PropertyField::jsonName).collect(Collectors.joining(", "));
    }
}
