package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One pass of what the table shows, computed off the JavaFX thread on an immutable snapshot: the rows in the
 * chosen order (reused from the last pass while rows and order are unchanged, so a keystroke only filters), then
 * those that pass the filter.
 */
public final class RowPass {
    private static final int CHECK_EVERY = 4096;

    /**
     * What a pass works on.
     *
     * @param rows          every loaded row, in server order
     * @param alreadySorted {@code rows} in {@code order} from an earlier pass, or null to sort them
     */
    public record Input(List<ProfileProperty> rows, FilterCriteria criteria, RowOrder order,
                        List<ProfileProperty> alreadySorted) {
    }

    /** The rows in order (kept for the next pass) and those of them that pass the filter. */
    public record Result(List<ProfileProperty> sorted, List<ProfileProperty> shown) {
    }

    /** The work of one pass; injectable so a test can see which thread does it. */
    @FunctionalInterface
    public interface Computation {
        /** Returns null when {@code cancelled} said the result is no longer wanted. */
        Result compute(Input input, BooleanSupplier cancelled);

        Computation DEFAULT = RowPass::compute;
    }

    private RowPass() {
    }

    public static Result compute(Input input, BooleanSupplier cancelled) {
        List<ProfileProperty> sorted = input.alreadySorted() != null ? input.alreadySorted()
                : input.order().sort(input.rows(), cancelled);
        if (sorted == null) return null;
        FilterCriteria criteria = input.criteria();
        if (criteria.matchesEverything()) return new Result(sorted, sorted);
        List<ProfileProperty> shown = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i % CHECK_EVERY == 0 && cancelled.getAsBoolean()) return null;
            ProfileProperty row = sorted.get(i);
            if (criteria.test(row)) shown.add(row);
        }
        return new Result(sorted, List.copyOf(shown));
    }
}
