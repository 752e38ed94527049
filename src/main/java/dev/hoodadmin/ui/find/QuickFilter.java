package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.text.Texts;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;

import java.util.function.Function;

/**
 * One quick filter as both of its faces show it (a combo box in the toolbar, a submenu of the Filters menu
 * when the toolbar is narrow): its name, its choices and how each reads, the choice that filters nothing,
 * and the filter property both faces set. {@code key} is the bundle key of its name; {@code key.tooltip} says
 * what it does.
 */
record QuickFilter<T>(String id, String key, ObservableList<T> choices, Property<T> value,
                      Function<T, String> choiceText, T any) {

    String name() {
        return Texts.get(key);
    }

    /** Whether the filter narrows the rows now. */
    boolean active() {
        return value.getValue() != null && !value.getValue().equals(any);
    }
}
