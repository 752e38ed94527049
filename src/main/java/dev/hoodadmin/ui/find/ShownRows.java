package dev.hoodadmin.ui.find;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows a table shows, replaced all at once in a way the table handles cheaply. JavaFX's {@code setAll}
 * announces a replacement, and for a replacement (or a removal of every row) a {@code TableView}'s skin throws
 * away what its cells show and fills every visible cell twice, running its CSS each time: most of the JavaFX
 * thread's time per keystroke at 100,000 rows. Here a replacement is announced as the new rows added at the
 * front and the old ones removed after them in two parts (never all of the table's rows at once, unless it had
 * one), so the table keeps its cells and gives each its new row. Read-only to everyone else.
 */
final class ShownRows<E> extends ObservableListBase<E> {
    private List<E> rows = new ArrayList<>();

    @Override
    public E get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** Shows {@code next} instead of every row shown now. */
    void replaceAll(List<E> next) {
        List<E> old = rows;
        rows = new ArrayList<>(next);
        int added = rows.size();
        List<Part<E>> parts = new ArrayList<>(3);
        if (added > 0) parts.add(new Part<>(0, added, List.of()));
        if (old.size() > 1) parts.add(new Part<>(added, added, old.subList(0, old.size() - 1)));
        if (!old.isEmpty()) parts.add(new Part<>(added, added, old.subList(old.size() - 1, old.size())));
        if (!parts.isEmpty()) fireChange(new PartsChange<>(this, parts));
    }

    /** Adds rows at the end (pages arriving). */
    void append(List<E> more) {
        if (more.isEmpty()) return;
        int from = rows.size();
        rows.addAll(more);
        fireChange(new PartsChange<>(this, List.of(new Part<>(from, rows.size(), List.of()))));
    }

    /**
     * Shows {@code row} at {@code index} instead of the row there (an edit applied to it), announced as the old
     * row removed and the new one added there: as a replacement, the table would refill every visible row.
     */
    void replace(int index, E row) {
        E old = rows.set(index, row);
        fireChange(new PartsChange<>(this, List.of(new Part<>(index, index, List.of(old)),
                new Part<>(index, index + 1, List.of()))));
    }

    /** One part of a change: rows {@code from}–{@code to} added where {@code removed} were. */
    private record Part<E>(int from, int to, List<E> removed) {
    }

    private static final class PartsChange<E> extends ListChangeListener.Change<E> {
        private final List<Part<E>> parts;
        private int cursor = -1;

        PartsChange(ShownRows<E> list, List<Part<E>> parts) {
            super(list);
            this.parts = parts;
        }

        @Override
        public boolean next() {
            if (cursor + 1 >= parts.size()) return false;
            cursor++;
            return true;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            return part().from();
        }

        @Override
        public int getTo() {
            return part().to();
        }

        @Override
        public List<E> getRemoved() {
            return part().removed();
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }

        private Part<E> part() {
            if (cursor < 0 || cursor >= parts.size()) throw new IllegalStateException("call next() first");
            return parts.get(cursor);
        }
    }
}
