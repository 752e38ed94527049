package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;

import java.util.Objects;

/**
 * Everything the person filters by: the text of the filter box and the quick filters. Immutable, so
 * it can travel to a background thread. The text is kept folded ({@link TextFolding}); an empty
 * data type means any.
 */
public record FilterCriteria(String foldedText, KindChoice kind, String dataType,
                             FlagChoice piData, FlagChoice importable, FlagChoice exportable) {

    public static final FilterCriteria NONE = new FilterCriteria("", KindChoice.ALL, "", FlagChoice.ANY,
            FlagChoice.ANY, FlagChoice.ANY);

    public FilterCriteria {
        foldedText = TextFolding.fold(foldedText == null ? "" : foldedText.strip());
        Objects.requireNonNull(kind, "kind");
        dataType = dataType == null ? "" : dataType;
        Objects.requireNonNull(piData, "piData");
        Objects.requireNonNull(importable, "importable");
        Objects.requireNonNull(exportable, "exportable");
    }

    /** True when every row passes, i.e. nothing is being filtered. */
    public boolean matchesEverything() {
        return foldedText.isEmpty() && kind == KindChoice.ALL && dataType.isEmpty()
                && piData == FlagChoice.ANY && importable == FlagChoice.ANY && exportable == FlagChoice.ANY;
    }

    public boolean test(ProfileProperty property) {
        return kind.matches(property)
                && (dataType.isEmpty() || dataType.equals(property.dataType()))
                && piData.matches(property.piData())
                && importable.matches(property.importable())
                && exportable.matches(property.exportable())
                && textMatches(property);
    }

    /** Cheap fields first (above); the folded text search last. */
    private boolean textMatches(ProfileProperty property) {
        if (foldedText.isEmpty()) return true;
        return contains(property.target()) || contains(property.label()) || contains(property.description());
    }

    private boolean contains(String field) {
        return field != null && TextFolding.contains(field, foldedText);
    }
}
