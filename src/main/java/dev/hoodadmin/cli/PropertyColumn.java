package dev.hoodadmin.cli;

import dev.hoodadmin.api.ProfileProperty;

import java.util.List;
import java.util.function.Function;

/** The columns of {@code list} and {@code export}, in the contract's order and with its field names. */
enum PropertyColumn {
    ID("id", ProfileProperty::id),
    COMPANY_ID("company_id", ProfileProperty::companyId),
    TARGET("target", ProfileProperty::target),
    LABEL("label", ProfileProperty::label),
    DATA_TYPE("data_type", ProfileProperty::dataType),
    EXAMPLE("example", ProfileProperty::example),
    DESCRIPTION("description", ProfileProperty::description),
    EXPORT_ALIAS("export_alias", ProfileProperty::exportAlias),
    IMPORT_ALIASES("import_aliases", ProfileProperty::importAliases),
    PI_DATA("pi_data", p -> flag(p.piData())),
    SYSTEM("system", p -> flag(p.system())),
    IMPORTABLE("importable", p -> flag(p.importable())),
    EXPORTABLE("exportable", p -> flag(p.exportable())),
    CREATE_TIME("create_time", ProfileProperty::createTime),
    UPDATE_TIME("update_time", ProfileProperty::updateTime);

    /** Separates import aliases inside one CSV cell. */
    static final String ALIAS_SEPARATOR = ";";

    private final String header;
    private final Function<ProfileProperty, Object> value;

    PropertyColumn(String header, Function<ProfileProperty, Object> value) {
        this.header = header;
        this.value = value;
    }

    String header() {
        return header;
    }

    /** As JSON has it: text, a 0/1 number for flags, a list for import_aliases, or null. */
    Object value(ProfileProperty property) {
        return value.apply(property);
    }

    /** As a CSV cell: flags 0/1, aliases joined by {@value #ALIAS_SEPARATOR}, empty for null. */
    String text(ProfileProperty property) {
        Object v = value(property);
        if (v == null) return "";
        if (v instanceof List<?> list) return String.join(ALIAS_SEPARATOR, list.stream().map(String::valueOf).toList());
        return v.toString();
    }

    private static Integer flag(Boolean flag) {
        return flag == null ? null : flag ? 1 : 0;
    }
}
