package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.menu.Shortcuts;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Objects;

/**
 * The filter box and the quick filters, in the order focus moves through them; where the toolbar is narrow
 * the quick filters fold into one Filters menu button. Esc in the box empties it; Down or Enter goes on to the
 * results; Ctrl+F (see the Edit menu) or Ctrl+L comes back to it.
 */
public final class FindBar extends HBox {
    public static final String ID = "findBar";
    public static final String FILTER_ID = "filterField";
    public static final String KIND_ID = "kindFilter";
    public static final String DATA_TYPE_ID = "dataTypeFilter";
    public static final String PI_DATA_ID = "piDataFilter";
    public static final String IMPORTABLE_ID = "importableFilter";
    public static final String EXPORTABLE_ID = "exportableFilter";

    /** The width the filter box keeps before the quick filters fold into the Filters menu. */
    private static final double COMFORTABLE_FILTER_WIDTH = 240;

    private final TextField filter = new TextField();
    private final HBox quickFilters = new HBox(6);
    private final MenuButton filtersMenu;
    private Runnable toResults = () -> { };

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
            } else if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) && !event.isShortcutDown()
                    && !event.isAltDown() && !event.isShiftDown()) {
                // as in a spreadsheet's search: the keyboard goes on to what was found
                toResults.run();
                event.consume();
            }
        });
        FontIcon searchIcon = new FontIcon("mdi2m-magnify");
        searchIcon.getStyleClass().add("find-icon");

        QuickFilter<KindChoice> kindFilter = new QuickFilter<>(KIND_ID, "find.kind",
                FXCollections.observableArrayList(KindChoice.values()), model.kindProperty(), KindChoice::text,
                KindChoice.ALL);
        ComboBox<KindChoice> kind = QuickFilterBox.create(kindFilter);
        List<QuickFilter<?>> filters = List.of(kindFilter,
                new QuickFilter<>(DATA_TYPE_ID, "find.dataType", model.dataTypeChoices(), model.dataTypeProperty(),
                        type -> type.isEmpty() ? FlagChoice.ANY.text() : type, FindModel.ANY_DATA_TYPE),
                flag(PI_DATA_ID, "find.piData", model.piDataProperty()),
                flag(IMPORTABLE_ID, "find.importable", model.importableProperty()),
                flag(EXPORTABLE_ID, "find.exportable", model.exportableProperty()));
        quickFilters.getChildren().add(kind);
        for (QuickFilter<?> filter : filters.subList(1, filters.size())) {
            quickFilters.getChildren().add(QuickFilterBox.create(filter));
        }
        quickFilters.setAlignment(Pos.CENTER_LEFT);
        filtersMenu = QuickFiltersMenu.create(filters);
        filtersMenu.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(searchIcon, filter, quickFilters, filtersMenu);
        showQuickFilters(true);
    }

    private static QuickFilter<FlagChoice> flag(String id, String key, ObjectProperty<FlagChoice> property) {
        return new QuickFilter<>(id, key, FXCollections.observableArrayList(FlagChoice.values()), property,
                FlagChoice::text, FlagChoice.ANY);
    }

    /**
     * Shows the quick filters as boxes while the filter box keeps a comfortable width beside them, else folds
     * them into the Filters menu. The bar's width is what the toolbar gives it, whichever face shows, so the
     * choice does not flip back and forth.
     */
    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double roomy = insets.getLeft() + insets.getRight() + getChildren().get(0).prefWidth(-1)
                + COMFORTABLE_FILTER_WIDTH + quickFilters.prefWidth(-1) + 2 * getSpacing();
        showQuickFilters(getWidth() >= roomy);
        super.layoutChildren();
    }

    private void showQuickFilters(boolean boxes) {
        if (quickFilters.isManaged() == boxes && filtersMenu.isManaged() != boxes) return;
        quickFilters.setVisible(boxes);
        quickFilters.setManaged(boxes);
        filtersMenu.setVisible(!boxes);
        filtersMenu.setManaged(!boxes);
    }

    /** What Down or Enter in the filter box does: the window moves the keyboard to the first result. */
    public void setOnGoToResults(Runnable action) {
        this.toResults = Objects.requireNonNull(action, "action");
    }

    /**
     * Puts the keyboard on one quick filter (Alt+letter): its box, or, where the toolbar folded the boxes, its
     * submenu in the open Filters menu, so the same key works at every window width.
     */
    public void focusQuickFilter(String id) {
        if (quickFilters.isVisible()) {
            quickFilters.getChildren().stream().filter(box -> id.equals(box.getId()) && !box.isDisabled())
                    .findFirst().ifPresent(Node::requestFocus);
            return;
        }
        filtersMenu.requestFocus();
        filtersMenu.show();
        filtersMenu.getItems().stream().filter(item -> QuickFiltersMenu.submenuId(id).equals(item.getId()))
                .findFirst().filter(Menu.class::isInstance).map(Menu.class::cast).ifPresent(Menu::show);
    }

    /** Moves the focus to the filter box and selects its text, so typing replaces it (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
