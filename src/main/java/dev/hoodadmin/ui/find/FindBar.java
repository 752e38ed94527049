package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.menu.Shortcuts;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Objects;

/**
 * The filter box and the quick filters, in the order focus moves through them. Esc in the box
 * empties it; Down or Enter goes on to the results; Ctrl+F (see the Edit menu) or Ctrl+L comes back to it.
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
    private Runnable toResults = () -> { };

    public FindBar(FindModel model) {
        setId(ID);
        setAccessibleText("Filters");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getStyleClass().add("find-bar");

        filter.setId(FILTER_ID);
        filter.setPromptText("Filter by target, label or description");
        filter.setAccessibleText("Filter properties by target, label or description");
        filter.setTooltip(new Tooltip(Shortcuts.withShortcut("Filter by target, label or description", Shortcuts.FIND)
                + "; " + Shortcuts.CLEAR_FILTER.getDisplayText() + " clears it"));
        filter.setPrefColumnCount(16);
        // the box takes the width left over, and gives it up first when the window is narrow
        filter.setMinWidth(120);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.textProperty().bindBidirectional(model.textProperty());
        filter.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcuts.CLEAR_FILTER.match(event) && !filter.getText().isEmpty()) {
                model.clearText();
                event.consume();
            } else if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) && !event.isShortcutDown()
                    && !event.isAltDown() && !event.isShiftDown()) {
                // as in a spreadsheet's search: the keyboard goes on to what was found
                toResults.run();
                event.consume();
            }
        });
        FontIcon searchIcon = new FontIcon("mdi2m-magnify");
        searchIcon.getStyleClass().add("find-icon");

        ComboBox<KindChoice> kind = QuickFilterBox.create(KIND_ID, "Kind",
                FXCollections.observableArrayList(KindChoice.values()), model.kindProperty(), KindChoice::text);
        kind.setTooltip(new Tooltip("Show all, only custom or only system properties"));
        ComboBox<String> dataType = QuickFilterBox.create(DATA_TYPE_ID, "Data type", model.dataTypeChoices(),
                model.dataTypeProperty(), type -> type.isEmpty() ? "any" : type);
        getChildren().addAll(searchIcon, filter, kind, dataType,
                flagBox(PI_DATA_ID, "PI data", model.piDataProperty()),
                flagBox(IMPORTABLE_ID, "Importable", model.importableProperty()),
                flagBox(EXPORTABLE_ID, "Exportable", model.exportableProperty()));
    }

    private static ComboBox<FlagChoice> flagBox(String id, String name,
                                                ObjectProperty<FlagChoice> property) {
        return QuickFilterBox.create(id, name, FXCollections.observableArrayList(FlagChoice.values()), property,
                FlagChoice::text);
    }

    /** What Down or Enter in the filter box does: the window moves the keyboard to the first result. */
    public void setOnGoToResults(Runnable action) {
        this.toResults = Objects.requireNonNull(action, "action");
    }

    /** Moves the focus to the filter box and selects its text, so typing replaces it (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
