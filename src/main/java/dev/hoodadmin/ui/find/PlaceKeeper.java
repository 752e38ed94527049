package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;

import java.util.List;

/**
 * Keeps what the person looks at (selection, focus, the row at the top) across a replacement of every row the
 * table shows; the table installs one, view models without a table use {@link #NONE}.
 */
@FunctionalInterface
public interface PlaceKeeper {
    /** Runs {@code replaceAll}, which makes the table show {@code next} instead of its rows. */
    void around(List<ProfileProperty> next, Runnable replaceAll);

    /** Runs {@code replaceInPlace}, which replaces rows without moving any (applied edits), keeping the selection. */
    default void aroundInPlace(Runnable replaceInPlace) {
        replaceInPlace.run();
    }

    PlaceKeeper NONE = (next, replaceAll) -> replaceAll.run();
}
