package dev.hoodadmin.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;

/**
 * One profile property as the server describes it. Every field may be null: the server may
 * omit fields (or be asked for a subset with {@code fields=}), and new fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfileProperty(
        @JsonProperty("id") String id,
        @JsonProperty("company_id") String companyId,
        @JsonProperty("target") String target,
        // one published example names this field "property"
        @JsonProperty("label") @JsonAlias("property") String label,
        @JsonProperty("data_type") String dataType,
        @JsonProperty("example") String example,
        @JsonProperty("description") String description,
        @JsonProperty("export_alias") String exportAlias,
        @JsonProperty("import_aliases") List<String> importAliases,
        @JsonProperty("pi_data") @JsonDeserialize(using = FlagDeserializer.class) Boolean piData,
        @JsonProperty("system") @JsonDeserialize(using = FlagDeserializer.class) Boolean system,
        @JsonProperty("importable") @JsonDeserialize(using = FlagDeserializer.class) Boolean importable,
        @JsonProperty("exportable") @JsonDeserialize(using = FlagDeserializer.class) Boolean exportable,
        @JsonProperty("create_time") String createTime,
        @JsonProperty("update_time") String updateTime) {

    public ProfileProperty {
        // values many rows have in common are kept once (large accounts: see SharedStrings)
        companyId = SharedStrings.FEW_VALUES.share(companyId);
        dataType = SharedStrings.FEW_VALUES.share(dataType);
        createTime = SharedStrings.TIMESTAMPS.share(createTime);
        updateTime = SharedStrings.TIMESTAMPS.share(updateTime);
        example = emptyShared(example);
        description = emptyShared(description);
        exportAlias = emptyShared(exportAlias);
        importAliases = importAliases == null || importAliases.isEmpty() ? List.of()
                : importAliases.stream().map(String::valueOf).toList();
    }

    /** Free text is mostly unique, but empty in many rows: every empty value is the one "" instance. */
    private static String emptyShared(String text) {
        return text != null && text.isEmpty() ? "" : text;
    }

    /** System properties are defined by Hood and can never be updated. A missing flag means custom. */
    public boolean isSystem() {
        return Boolean.TRUE.equals(system);
    }

    /** The value of an updatable field in the form an edit uses ("0"/"1" for flags), or null if unknown. */
    public String valueOf(UpdatableField field) {
        return switch (field) {
            case EXAMPLE -> example;
            case DESCRIPTION -> description;
            case EXPORT_ALIAS -> exportAlias;
            case PI_DATA -> UpdatableField.flagText(piData);
            case IMPORTABLE -> UpdatableField.flagText(importable);
            case EXPORTABLE -> UpdatableField.flagText(exportable);
        };
    }

    /** A copy with the given field set to an edit's value (used after a 204, which has no body). */
    public ProfileProperty with(UpdatableField field, String value) {
        return new ProfileProperty(id, companyId, target, label, dataType,
                field == UpdatableField.EXAMPLE ? value : example,
                field == UpdatableField.DESCRIPTION ? value : description,
                field == UpdatableField.EXPORT_ALIAS ? value : exportAlias,
                importAliases,
                field == UpdatableField.PI_DATA ? UpdatableField.parseFlag(value) : piData,
                system,
                field == UpdatableField.IMPORTABLE ? UpdatableField.parseFlag(value) : importable,
                field == UpdatableField.EXPORTABLE ? UpdatableField.parseFlag(value) : exportable,
                createTime, updateTime);
    }
}
