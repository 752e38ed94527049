package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.text.Texts;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;

/** The leading status cell: a lock on system properties, which Hood defines and nobody may edit. */
public final class SystemLockCell extends TableCell<ProfileProperty, Boolean> {
    public static final String ICON = "mdi2l-lock";
    public static final String ICON_STYLE_CLASS = "system-lock";

    /** The lock's words, in the current language: a tooltip and what a screen reader says. */
    public static String tooltip() {
        return Texts.get("table.systemLock");
    }

    private final FontIcon lock = new FontIcon(ICON);
    private final CellTooltip tooltip = new CellTooltip(this);

    SystemLockCell() {
        lock.getStyleClass().add(ICON_STYLE_CLASS);
        lock.setAccessibleText(tooltip());
        getStyleClass().add("status-cell");
        // always the graphic, shown or hidden: setting and removing it per row made JavaFX match its CSS anew
        setGraphic(lock);
    }

    @Override
    protected void updateItem(Boolean system, boolean empty) {
        super.updateItem(system, empty);
        boolean locked = !empty && Boolean.TRUE.equals(system);
        setText(null);
        lock.setVisible(locked);
        tooltip.show(locked ? tooltip() : null); // made for the first system row the cell shows, not per row made
        setAccessibleText(locked ? tooltip() : null);
        setAccessibleRoleDescription(locked ? spokenState() : null);
    }

    /** The lock in one word a screen reader says with the cell ("Locked"), as the icon shows it. */
    static String spokenState() {
        return Texts.get("layout.a11y.locked");
    }
}
