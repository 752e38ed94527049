package dev.hoodadmin.ui.table;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.edits.EditsState;
import dev.hoodadmin.ui.edits.RowEditState;
import dev.hoodadmin.ui.text.Texts;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The leading status cell of the editable table: the lock on system properties, else what happens to the
 * row's changes (waiting, sending, rejected, failed), with the server's message in the tooltip.
 */
public final class EditStatusCell extends TableCell<ProfileProperty, Boolean> {
    public static final String PENDING_STYLE = "edit-pending-icon";
    public static final String SENDING_STYLE = "edit-sending-icon";
    public static final String PROBLEM_STYLE = "edit-problem-icon";

    private final EditsState edits;
    private final ChangeListener<Number> onEditsChanged = (obs, old, now) -> render();
    private final CellTooltip tooltip = new CellTooltip(this);
    /**
     * The lock, made once and hidden on rows without one: the rows a cell shows change between system and other
     * ones on every filter and scroll, and a new icon for each costs its creation and CSS.
     */
    private final FontIcon lock = new FontIcon(SystemLockCell.ICON);
    private String shown;

    EditStatusCell(EditsState edits) {
        this.edits = edits;
        getStyleClass().add("status-cell");
        lock.getStyleClass().add(SystemLockCell.ICON_STYLE_CLASS);
        lock.setVisible(false);
        edits.revisionProperty().addListener(new WeakChangeListener<>(onEditsChanged));
    }

    @Override
    protected void updateItem(Boolean system, boolean empty) {
        super.updateItem(system, empty);
        render();
    }

    private void render() {
        setText(null);
        ProfileProperty row = isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
        if (row == null) {
            show(null, null, null, null);
        } else if (row.isSystem()) {
            show(SystemLockCell.ICON, SystemLockCell.ICON_STYLE_CLASS, SystemLockCell.tooltip(), SystemLockCell.spokenState());
        } else {
            RowEditState state = edits.row(row.id());
            // the icon's colour and shape say the state to the eye; the words say it to a screen reader
            switch (state.status()) {
                case CONFLICT -> show("mdi2a-alert-circle", PROBLEM_STYLE, state.statusText(),
                        Texts.get("layout.a11y.editConflict"));
                case REFUSED, REJECTED, FAILED -> show("mdi2a-alert-circle", PROBLEM_STYLE, state.statusText(),
                        Texts.get("layout.a11y.editFailed"));
                case SENDING -> show("mdi2u-upload-outline", SENDING_STYLE, state.statusText(),
                        Texts.get("layout.a11y.editSending"));
                case PENDING -> show("mdi2p-pencil-outline", PENDING_STYLE, state.statusText(),
                        Texts.get("layout.a11y.editUnsent"));
                case NONE -> show(null, null, null, null);
            }
        }
    }

    private void show(String icon, String styleClass, String text, String spokenState) {
        String key = icon + "|" + text + "|" + spokenState;
        if (key.equals(shown)) return; // revisions come often; keep the nodes when nothing changed
        shown = key;
        setAccessibleRoleDescription(spokenState);
        if (icon == null) {
            lock.setVisible(false);
            if (getGraphic() != lock) setGraphic(null);
            tooltip.show(null);
            setAccessibleText(null);
            return;
        }
        FontIcon graphic = icon.equals(SystemLockCell.ICON) ? lock : new FontIcon(icon);
        if (graphic != lock) graphic.getStyleClass().add(styleClass);
        String spoken = Texts.get("layout.a11y.stateAndDetail", spokenState, text);
        graphic.setAccessibleText(spoken);
        graphic.setVisible(true);
        setGraphic(graphic);
        tooltip.show(text);
        setAccessibleText(spoken);
    }
}
