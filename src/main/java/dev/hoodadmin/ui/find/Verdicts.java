package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Which rows of a snapshot pass a filter, worked out once (off the JavaFX thread) so the table's
 * predicate is a lookup. Rows are keyed by identity: the rows are immutable records and a changed
 * row is a new object, which the predicate then tests directly.
 */
public final class Verdicts {
    private static final int CHECK_EVERY = 2048;

    private final Map<ProfileProperty, Boolean> passes;
    private final FilterCriteria criteria;

    private Verdicts(Map<ProfileProperty, Boolean> passes, FilterCriteria criteria) {
        this.passes = passes;
        this.criteria = criteria;
    }

    /** Tests every row of {@code snapshot}; returns null as soon as {@code cancelled} says the result is no longer wanted. */
    public static Verdicts compute(List<ProfileProperty> snapshot, FilterCriteria criteria, BooleanSupplier cancelled) {
        Map<ProfileProperty, Boolean> passes = new IdentityHashMap<>(snapshot.size());
        for (int i = 0; i < snapshot.size(); i++) {
            if (i % CHECK_EVERY == 0 && cancelled.getAsBoolean()) return null;
            ProfileProperty row = snapshot.get(i);
            passes.put(row, criteria.test(row));
        }
        return new Verdicts(passes, criteria);
    }

    public FilterCriteria criteria() {
        return criteria;
    }

    /** Looks rows of the snapshot up; rows that arrived since are tested on the spot. */
    public Predicate<ProfileProperty> predicate() {
        return row -> {
            Boolean known = passes.get(row);
            return known != null ? known : criteria.test(row);
        };
    }

    /** The work of one filter pass; injectable so a test can see which thread does it. */
    @FunctionalInterface
    public interface Computation {
        Verdicts compute(List<ProfileProperty> snapshot, FilterCriteria criteria, BooleanSupplier cancelled);

        Computation DEFAULT = Verdicts::compute;
    }
}
