package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.menu.Shortcuts;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The filter box and the quick filters, in the order focus moves through them. Esc in the box
 * empties it; Ctrl+F (see the Edit menu) comes back to it.
 */
public final class FindBar extends HBox {
    public static final String ID = "findBar";
    public static final String FILTER_ID = "filterField";
    public static final String KIND_ID = "kindFilter";
    public static final String DATA_TYPE_ID = "dataTypeFilter";
    public static final String PI_DATA_ID = "piDataFilter";
    public static final String IMPORTABLE_ID = "importableFilter";
    public static final String EXPORTABLE_ID = "exportableFilter";

    private final TextField filter = new TextField();

    public FindBar(FindModel model) {
        setId(ID);
        setAccessibleText(Texts.get("find.accessible"));
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getStyleClass().add("find-bar");

        filter.setId(FILTER_ID);
        filter.setPromptText(Texts.get("find.filter.prompt"));
        filter.setAccessibleText(Texts.get("find.filter.accessible"));
        filter.setTooltip(new Tooltip(Texts.get("find.filter.tooltip",
                Shortcuts.withShortcut(Texts.get("find.filter.prompt"), Shortcuts.FIND), Shortcuts.CLEAR_FILTER.getDisplayText())));
        filter.setPrefColumnCount(16);
        // the box takes the width left over, and gives it up first when the window is narrow
        filter.setMinWidth(120);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.textProperty().bindBidirectional(model.textProperty());
        filter.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcuts.CLEAR_FILTER.match(event) && !filter.getText().isEmpty()) {
                model.clearText();
                event.consume();
            }
        });
        FontIcon searchIcon = new FontIcon("mdi2m-magnify");
        searchIcon.getStyleClass().add("find-icon");

        ComboBox<KindChoice> kind = QuickFilterBox.create(KIND_ID, "find.kind",
                FXCollections.observableArrayList(KindChoice.values()), model.kindProperty(), KindChoice::text);
        ComboBox<String> dataType = QuickFilterBox.create(DATA_TYPE_ID, "find.dataType", model.dataTypeChoices(),
                model.dataTypeProperty(), type -> type.isEmpty() ? FlagChoice.ANY.text() : type);
        getChildren().addAll(searchIcon, filter, kind, dataType,
                flagBox(PI_DATA_ID, "find.piData", model.piDataProperty()),
                flagBox(IMPORTABLE_ID, "find.importable", model.importableProperty()),
                flagBox(EXPORTABLE_ID, "find.exportable", model.exportableProperty()));
    }

    private static ComboBox<FlagChoice> flagBox(String id, String key,
                                                ObjectProperty<FlagChoice> property) {
        return QuickFilterBox.create(id, key, FXCollections.observableArrayList(FlagChoice.values()), property,
                FlagChoice::text);
    }

    /** Moves the focus to the filter box and selects its text, so typing replaces it (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
