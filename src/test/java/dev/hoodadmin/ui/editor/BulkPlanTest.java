package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BulkPlanTest {

    @Test
    void theConfirmationCountsQueuedAndSkippedRowsWithTheEta() {
        BulkPlan plan = new BulkPlan(UpdatableField.IMPORTABLE, "1", Collections.nCopies(148, row()), 12, null,
                Duration.ofSeconds(62));
        assertThat(plan.summary())
                .isEqualTo("148 will be queued, 12 system properties skipped, about 1 min at the current rate");
        assertThat(plan.action()).isEqualTo("Set Importable to Yes");
        assertThat(plan.canApply()).isTrue();
    }

    @Test
    void nothingToQueueOrAnInvalidValueCannotBeApplied() {
        assertThat(new BulkPlan(UpdatableField.EXAMPLE, "x", List.of(), 3, null, null).summary())
                .isEqualTo("Nothing will be queued: no custom property is selected, 3 system properties skipped");
        BulkPlan invalid = new BulkPlan(UpdatableField.EXPORT_ALIAS, "a b", List.of(row()), 0, "bad alias", null);
        assertThat(invalid.canApply()).isFalse();
        assertThat(invalid.summary()).isEqualTo("bad alias");
    }

    private static ProfileProperty row() {
        return new ProfileProperty("1", null, "t", "L", "text", null, null, null, null, false, false, true, true,
                null, null);
    }
}
