package dev.hoodadmin.ui.find;

/**
 * Keeps what the person looks at (selection, focus, the row at the top) across a replacement of every row the
 * table shows; the table installs one, view models without a table use {@link #NONE}.
 */
@FunctionalInterface
public interface PlaceKeeper {
    void around(Runnable replaceAll);

    /** Keeps the selection and focus of one row whose item is replaced in place (an applied edit). */
    default void aroundRow(int row, Runnable replaceOne) {
        replaceOne.run();
    }

    PlaceKeeper NONE = Runnable::run;
}
