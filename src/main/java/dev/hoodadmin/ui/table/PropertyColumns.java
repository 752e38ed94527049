package dev.hoodadmin.ui.table;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.hoodadmin.ui.find.TextFolding;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One column per field of the contract, plus a leading status column. Column ids are stable:
 * saved window state and TestFX lookups rely on them.
 */
public final class PropertyColumns {
    public static final String STATUS = "statusColumn";
    public static final String ID = "idColumn";
    public static final String TARGET = "targetColumn";
    public static final String LABEL = "labelColumn";
    public static final String DATA_TYPE = "dataTypeColumn";
    public static final String EXAMPLE = "exampleColumn";
    public static final String DESCRIPTION = "descriptionColumn";
    public static final String EXPORT_ALIAS = "exportAliasColumn";
    public static final String IMPORT_ALIASES = "importAliasesColumn";
    public static final String PI_DATA = "piDataColumn";
    public static final String SYSTEM = "systemColumn";
    public static final String IMPORTABLE = "importableColumn";
    public static final String EXPORTABLE = "exportableColumn";
    public static final String CREATED = "createdColumn";
    public static final String UPDATED = "updatedColumn";

    /**
     * What each column sorts by, computed once per row and sort: text folded to lower case without accents and
     * compared by code point (a cheap order chosen on purpose over a locale's collator, which costs a
     * collation per comparison), ids as numbers, flags false before true, times as the server writes them.
     */
    private static final Map<String, Function<ProfileProperty, ? extends Comparable<?>>> SORT_KEYS = Map.ofEntries(
            Map.entry(STATUS, ProfileProperty::isSystem),
            Map.entry(ID, p -> IdComparator.sortKey(p.id())),
            Map.entry(TARGET, folded(ProfileProperty::target)),
            Map.entry(LABEL, folded(ProfileProperty::label)),
            Map.entry(DATA_TYPE, folded(ProfileProperty::dataType)),
            Map.entry(EXAMPLE, folded(ProfileProperty::example)),
            Map.entry(DESCRIPTION, folded(ProfileProperty::description)),
            Map.entry(EXPORT_ALIAS, folded(ProfileProperty::exportAlias)),
            Map.entry(IMPORT_ALIASES, folded(p -> PropertyText.aliases(p.importAliases()))),
            Map.entry(PI_DATA, ProfileProperty::piData),
            Map.entry(SYSTEM, ProfileProperty::system),
            Map.entry(IMPORTABLE, ProfileProperty::importable),
            Map.entry(EXPORTABLE, ProfileProperty::exportable),
            Map.entry(CREATED, ProfileProperty::createTime),
            Map.entry(UPDATED, ProfileProperty::updateTime));

    private PropertyColumns() {
    }

    /** The sort key of the column with this id (a column added later without one sorts by server order). */
    public static Function<ProfileProperty, ? extends Comparable<?>> sortKey(String columnId) {
        return SORT_KEYS.getOrDefault(columnId, p -> null);
    }

    private static Function<ProfileProperty, String> folded(Function<ProfileProperty, String> text) {
        return p -> {
            String value = text.apply(p);
            return value == null ? null : TextFolding.fold(value);
        };
    }

    public static List<TableColumn<ProfileProperty, ?>> all() {
        TableColumn<ProfileProperty, String> id = text(ID, Texts.get("table.column.id"), 90, ProfileProperty::id);
        return List.of(
                status(),
                id,
                text(TARGET, Texts.get("table.column.target"), 160, ProfileProperty::target),
                text(LABEL, Texts.get("table.column.label"), 180, ProfileProperty::label),
                text(DATA_TYPE, Texts.get("table.column.dataType"), 110, ProfileProperty::dataType),
                singleLine(EXAMPLE, Texts.get("table.column.example"), 140, ProfileProperty::example),
                singleLine(DESCRIPTION, Texts.get("table.column.description"), 260, ProfileProperty::description),
                text(EXPORT_ALIAS, Texts.get("table.column.exportAlias"), 130, ProfileProperty::exportAlias),
                singleLine(IMPORT_ALIASES, Texts.get("table.column.importAliases"), 160, p -> PropertyText.aliases(p.importAliases())),
                flag(PI_DATA, Texts.get("table.column.piData"), ProfileProperty::piData),
                flag(SYSTEM, Texts.get("table.column.system"), ProfileProperty::system),
                flag(IMPORTABLE, Texts.get("table.column.importable"), ProfileProperty::importable),
                flag(EXPORTABLE, Texts.get("table.column.exportable"), ProfileProperty::exportable),
                text(CREATED, Texts.get("table.column.created"), 150, ProfileProperty::createTime),
                text(UPDATED, Texts.get("table.column.updated"), 150, ProfileProperty::updateTime));
    }

    private static TableColumn<ProfileProperty, Boolean> status() {
        TableColumn<ProfileProperty, Boolean> column = column(STATUS, "", 40, ProfileProperty::isSystem,
                c -> new SystemLockCell());
        // the header has no room for a word; the icon says what the column holds
        column.setGraphic(new FontIcon("mdi2l-lock-outline"));
        column.setResizable(false);
        return column;
    }

    private static TableColumn<ProfileProperty, String> text(String id, String title, double width,
                                                             Function<ProfileProperty, String> value) {
        return column(id, title, width, value, null);
    }

    private static TableColumn<ProfileProperty, String> singleLine(String id, String title, double width,
                                                                   Function<ProfileProperty, String> value) {
        return column(id, title, width, value, c -> new SingleLineTextCell());
    }

    private static TableColumn<ProfileProperty, Boolean> flag(String id, String title,
                                                              Function<ProfileProperty, Boolean> value) {
        // wide enough for "Importable" and the sort arrow in the header
        return column(id, title, 110, value, c -> new FlagCell());
    }

    private static <T> TableColumn<ProfileProperty, T> column(
            String id, String title, double width, Function<ProfileProperty, T> value,
            Callback<TableColumn<ProfileProperty, T>, TableCell<ProfileProperty, T>> cells) {
        TableColumn<ProfileProperty, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        if (cells != null) column.setCellFactory(cells);
        return column;
    }
}
