package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.outbox.EditBatch;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.edits.FieldRules;
import dev.hoodadmin.ui.table.EditableColumns;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ctrl+V in the grid: a block copied from a spreadsheet fills the cells from the focused one rightwards and
 * down (one value fills every selected cell). Cells of system properties, read-only columns, invalid values
 * and cells past the end are skipped and counted; each property gets one edit with all its pasted fields.
 */
final class PasteHandler {
    private final TableView<ProfileProperty> table;
    private final EditorViewModel editor;

    PasteHandler(TableView<ProfileProperty> table, EditorViewModel editor) {
        this.table = table;
        this.editor = editor;
    }

    void pasteClipboard() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isEmpty()) {
            editor.notify(Texts.get("paste.emptyClipboard"));
            return;
        }
        paste(text);
    }

    PasteReport paste(String text) {
        TablePosition<ProfileProperty, ?> anchor = table.getFocusModel().getFocusedCell();
        if (anchor == null || anchor.getRow() < 0 || anchor.getTableColumn() == null) {
            editor.notify(Texts.get("paste.noCell"));
            return null;
        }
        Counter counter = new Counter();
        Map<String, ProfileProperty> rows = new LinkedHashMap<>();
        Map<String, Map<UpdatableField, String>> values = new LinkedHashMap<>();
        for (Target target : targets(TabularText.parse(text), anchor)) {
            if (target.row < 0) {
                counter.outside++;
                continue;
            }
            ProfileProperty row = table.getItems().get(target.row);
            Optional<UpdatableField> field = EditableColumns.fieldOf(target.column);
            if (row.isSystem()) {
                counter.system++;
            } else if (field.isEmpty() || !target.column.isEditable()) {
                counter.readOnly++;
            } else {
                Optional<String> value = accepted(field.get(), target.value, counter);
                if (value.isEmpty()) continue;
                rows.put(row.id(), row);
                values.computeIfAbsent(row.id(), id -> new EnumMap<>(UpdatableField.class)).put(field.get(), value.get());
                counter.pasted++;
            }
        }
        EditBatch batch = editor.begin("paste");
        rows.forEach((id, row) -> editor.save(row, values.get(id), batch));
        PasteReport report = new PasteReport(counter.pasted, rows.size(), counter.system, counter.readOnly,
                counter.invalid, counter.outside, counter.firstProblem);
        editor.notify(report.text());
        return report;
    }

    private Optional<String> accepted(UpdatableField field, String raw, Counter counter) {
        String value = field.isFlag() ? FieldRules.parseFlag(raw).orElse(raw) : raw;
        Optional<String> problem = FieldRules.problem(field, value);
        if (problem.isPresent()) {
            counter.invalid++;
            if (counter.firstProblem == null) counter.firstProblem = problem.get();
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Where each pasted value goes; row -1 for a cell past the last row or column. */
    private List<Target> targets(List<List<String>> block, TablePosition<ProfileProperty, ?> anchor) {
        List<Target> targets = new ArrayList<>();
        boolean single = block.size() == 1 && block.get(0).size() == 1;
        List<TablePosition> selected = List.copyOf(table.getSelectionModel().getSelectedCells());
        if (single && selected.size() > 1) {
            for (TablePosition<?, ?> cell : selected) {
                targets.add(new Target(cell.getRow(), column(cell), block.get(0).get(0)));
            }
            return targets;
        }
        List<TableColumn<ProfileProperty, ?>> columns = table.getVisibleLeafColumns();
        int firstColumn = columns.indexOf(anchor.getTableColumn());
        for (int r = 0; r < block.size(); r++) {
            for (int c = 0; c < block.get(r).size(); c++) {
                int row = anchor.getRow() + r;
                int col = firstColumn + c;
                boolean inside = row < table.getItems().size() && col < columns.size();
                targets.add(new Target(inside ? row : -1, inside ? columns.get(col) : null, block.get(r).get(c)));
            }
        }
        return targets;
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<ProfileProperty, ?> column(TablePosition<?, ?> cell) {
        return (TableColumn<ProfileProperty, ?>) cell.getTableColumn();
    }

    private record Target(int row, TableColumn<ProfileProperty, ?> column, String value) {
    }

    private static final class Counter {
        int pasted;
        int system;
        int readOnly;
        int invalid;
        int outside;
        String firstProblem;
    }
}
