package dev.hoodadmin.ui.find;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shown rows tell their listeners exactly how they changed (a listener that follows the changes ends with the
 * same rows), and a replacement of every row is never announced as a replacement or as all rows removed: that is
 * what makes a table throw away and refill every visible row.
 */
class ShownRowsTest {
    private final ShownRows<String> shown = new ShownRows<>();
    /** A copy kept only from the changes, as a table's selection model keeps its indices. */
    private final List<String> follower = new ArrayList<>();
    private final List<String> announced = new ArrayList<>();

    ShownRowsTest() {
        shown.addListener((ListChangeListener<String>) change -> {
            int before = follower.size();
            while (change.next()) {
                // (the one row of a table showing one row cannot leave without that; refilling one row costs nothing)
                boolean everyRow = change.getRemovedSize() == before && before > 1;
                announced.add((change.wasReplaced() ? "replaced" : change.wasAdded() ? "added" : "removed")
                        + (everyRow ? " every row" : ""));
                follower.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()).clear();
                follower.addAll(change.getFrom(), change.getAddedSubList());
            }
        });
    }

    @Test
    void aReplacementIsFollowedExactlyWithoutAnnouncingAReplacementOrEveryRowRemoved() {
        shown.replaceAll(rows(0, 1_000));
        assertThat(follower).isEqualTo(rows(0, 1_000));

        for (List<String> next : List.of(rows(500, 1_500), rows(3, 4), rows(0, 100_000), rows(7, 9), List.<String>of(),
                rows(1, 3))) {
            announced.clear();
            shown.replaceAll(next);
            assertThat(follower).isEqualTo(next);
            assertThat(shown).isEqualTo(next);
            assertThat(announced).noneMatch(kind -> kind.startsWith("replaced") || kind.endsWith("every row"));
        }
    }

    @Test
    void rowsAppendedAndARowReplacedInPlaceAreFollowed() {
        shown.replaceAll(rows(0, 3));
        shown.append(rows(3, 10));
        announced.clear();
        shown.replace(4, "edited");
        assertThat(announced).containsExactly("removed", "added");
        List<String> expected = new ArrayList<>(rows(0, 10));
        expected.set(4, "edited");
        assertThat(follower).isEqualTo(expected);
        assertThat(shown).isEqualTo(expected);
    }

    private static List<String> rows(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "row " + i).toList();
    }
}
