package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ProfileProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LoadedRowsTest {
    private static ProfileProperty row(String id, String example, String updated) {
        return new ProfileProperty(id, "42", "t" + id, "L" + id, "text", example, null, null, null,
                false, false, true, true, "2024-01-01 00:00:00", updated);
    }

    @Test
    void mergeReplacesChangedRowsInPlaceAddsNewOnesAndLeavesIdenticalOnesAlone() {
        LoadedRows rows = new LoadedRows();
        ProfileProperty first = row("1", "a", "2024-03-01 10:00:00");
        ProfileProperty third = row("3", "c", "2024-03-01 10:00:05");
        rows.append(List.of(first, row("2", "b", "2024-03-01 09:00:00"), third));

        LoadedRows.Merge merge = rows.merge(List.of(row("1", "a", "2024-03-01 10:00:00"),
                row("2", "b2", "2024-03-01 10:00:05"), row("9", "new", "2024-03-01 10:00:07")));

        assertThat(merge).isEqualTo(new LoadedRows.Merge(1, 1));
        assertThat(rows.list()).extracting(ProfileProperty::id).containsExactly("1", "2", "3", "9");
        assertThat(rows.list().get(0)).isSameAs(first);
        assertThat(rows.list().get(1).example()).isEqualTo("b2");
        assertThat(rows.list().get(2)).isSameAs(third);
    }

    @Test
    void rowsDeletedOnTheServerLeaveAndTheRestAreStillFoundById() {
        LoadedRows rows = new LoadedRows();
        rows.append(List.of(row("1", "a", null), row("2", "b", null), row("3", "c", null)));

        rows.remove(Set.of("2"));

        assertThat(rows.list()).extracting(ProfileProperty::id).containsExactly("1", "3");
        assertThat(rows.find("3")).map(ProfileProperty::example).contains("c");
        assertThat(rows.merge(List.of(row("2", "b", null)))).isEqualTo(new LoadedRows.Merge(0, 1));
    }
}
