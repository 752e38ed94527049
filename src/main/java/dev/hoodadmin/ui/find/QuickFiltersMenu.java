package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.text.Texts;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.LongBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The quick filters folded into one "Filters (2)" menu button for a narrow toolbar: a submenu per filter with
 * its choices, the one in use ticked; the button counts the filters that narrow the rows.
 */
final class QuickFiltersMenu {
    static final String ID = "quickFiltersMenu";

    private QuickFiltersMenu() {
    }

    static MenuButton create(List<QuickFilter<?>> filters) {
        MenuButton button = new MenuButton();
        button.setId(ID);
        button.setGraphic(new FontIcon("mdi2f-filter-variant"));
        List<Observable> values = new ArrayList<>();
        for (QuickFilter<?> filter : filters) {
            button.getItems().add(submenu(filter));
            values.add(filter.value());
        }
        LongBinding active = Bindings.createLongBinding(() -> filters.stream().filter(QuickFilter::active).count(),
                values.toArray(Observable[]::new));
        button.textProperty().bind(active.map(count -> count.longValue() == 0 ? Texts.get("layout.filters.button")
                : Texts.get("layout.filters.buttonActive", count)));
        button.accessibleTextProperty().bind(active.map(count -> Texts.get("layout.filters.accessible", count)));
        button.setTooltip(new Tooltip(Texts.get("layout.filters.tooltip")));
        return button;
    }

    /** The id of a filter's submenu, from the id of its box. */
    static String submenuId(String filterId) {
        return filterId + "Menu";
    }

    private static <T> Menu submenu(QuickFilter<T> filter) {
        Menu menu = new Menu(filter.name());
        menu.setId(submenuId(filter.id()));
        menu.setMnemonicParsing(false);
        Runnable rebuild = () -> {
            ToggleGroup group = new ToggleGroup();
            menu.getItems().clear();
            for (T choice : filter.choices()) {
                RadioMenuItem item = new RadioMenuItem(filter.choiceText().apply(choice));
                item.setMnemonicParsing(false);
                item.setToggleGroup(group);
                item.setSelected(choice.equals(filter.value().getValue()));
                item.setOnAction(event -> filter.value().setValue(choice));
                menu.getItems().add(item);
            }
        };
        rebuild.run();
        // the data types come from the loaded rows, and a filter may change from elsewhere (the combo, a reset)
        filter.choices().addListener((ListChangeListener<T>) change -> rebuild.run());
        filter.value().addListener((obs, old, now) -> rebuild.run());
        return menu;
    }
}
