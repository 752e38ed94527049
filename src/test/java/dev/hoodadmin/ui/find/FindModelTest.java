package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.QueuedExecutor;
import dev.hoodadmin.ui.common.BackgroundTasks;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter's logic without a scene: the background pass is queued, so the test decides when it runs. */
class FindModelTest {
    private final ObservableList<ProfileProperty> rows = FXCollections.observableArrayList(
            Rows.custom("1", "region_name", "Region Name", "Where the customer lives"),
            Rows.custom("2", "loyalty_tier", "Loyalty Tier", "Gold, silver or bronze"),
            Rows.row("3", "email", "Email", "Primary e-mail address", "email", true, true, false, true),
            Rows.custom("4", "preferred_region", "Région préférée", "Favourite region"));
    private final QueuedExecutor background = new QueuedExecutor();
    /** Criteria of the passes that ran to the end (a stale pass stops early and returns null). */
    private final List<FilterCriteria> completed = new ArrayList<>();
    private final FindModel model = new FindModel(rows, new FilterExecution(
            BackgroundTasks.of(background, Runnable::run), Debouncer.IMMEDIATE, (input, cancelled) -> {
                RowPass.Result result = RowPass.compute(input, cancelled);
                if (result != null) completed.add(input.criteria());
                return result;
            }));

    private List<String> shownIds() {
        return model.shownRows().stream().map(ProfileProperty::id).toList();
    }

    @Test
    void aSlowSortDoesNotMakeTheNextKeystrokesWaitForATypingPauseAsTheirPassesOnlyFilter() {
        List<String> waited = new ArrayList<>();
        Debouncer typing = new Debouncer() {
            @Override
            public void submit(Runnable action) {
                waited.add("waited");
                action.run();
            }

            @Override
            public void cancel() {
            }
        };
        // a sort that takes longer than a keystroke may; filtering alone is quick
        FindModel sorted = new FindModel(rows, new FilterExecution(BackgroundTasks.of(background, Runnable::run), typing,
                (input, cancelled) -> {
                    if (input.alreadySorted() == null && !input.order().isServerOrder()) pause(FindModel.FAST_PASS_NANOS / 1_000_000 + 20);
                    return RowPass.compute(input, cancelled);
                }));
        background.runAll();
        sorted.sortBy(new RowOrder(List.of(new RowOrder.By("label", ProfileProperty::label, true))));
        background.runAll();

        sorted.textProperty().set("region");

        assertThat(waited).as("the keystroke waited for typing to pause").isEmpty();
        assertThat(background.pending()).as("its pass started at once").isEqualTo(1);
        background.runAll();
        assertThat(sorted.shownRows()).extracting(ProfileProperty::id).containsExactly("1", "4");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void typingFiltersOnlyOnceTheBackgroundPassHasRun() {
        model.textProperty().set("region");

        assertThat(shownIds()).containsExactly("1", "2", "3", "4");
        assertThat(model.activeProperty().get()).isFalse();
        background.runAll();
        assertThat(shownIds()).containsExactly("1", "4");
        assertThat(model.activeProperty().get()).isTrue();
    }

    @Test
    void anOlderPassStillQueuedWhenTheTextChangesStopsEarlyAndIsNeverShown() {
        model.textProperty().set("region");
        model.textProperty().set("loyalty");

        background.runAll();

        assertThat(shownIds()).containsExactly("2");
        assertThat(completed).extracting(FilterCriteria::foldedText).containsExactly("loyalty");
    }

    @Test
    void quickFiltersCombineWithTheText() {
        model.textProperty().set("e");
        model.kindProperty().set(KindChoice.SYSTEM);
        background.runAll();
        assertThat(shownIds()).containsExactly("3");

        model.kindProperty().set(KindChoice.CUSTOM);
        model.piDataProperty().set(FlagChoice.NO);
        model.dataTypeProperty().set("text");
        background.runAll();
        assertThat(shownIds()).containsExactly("1", "2", "4");
    }

    @Test
    void clearingEverythingShowsAllRowsAtOnceWithoutAPass() {
        model.textProperty().set("loyalty");
        background.runAll();

        model.clearText();

        assertThat(background.pending()).isZero();
        assertThat(shownIds()).containsExactly("1", "2", "3", "4");
        assertThat(model.activeProperty().get()).isFalse();
    }

    @Test
    void rowsArrivingOrChangingWhileFilteredAreTestedAsTheyCome() {
        model.textProperty().set("region");
        background.runAll();

        rows.add(Rows.custom("5", "home_region", "Home", ""));
        rows.add(Rows.custom("6", "age", "Age", ""));
        rows.set(1, Rows.custom("2", "loyalty_tier", "Loyalty Tier", "Depends on the region"));
        assertThat(shownIds()).as("until the pass has run").containsExactly("1", "4");

        background.runAll();
        assertThat(shownIds()).containsExactly("1", "2", "4", "5");
    }

    @Test
    void aRowChangedWhileShownIsPutInPlaceAtOnceWithoutAPass() {
        model.textProperty().set("region");
        background.runAll();
        ProfileProperty edited = Rows.custom("4", "preferred_region", "Région préférée", "edited");

        rows.set(3, edited);

        assertThat(background.pending()).isZero();
        assertThat(model.shownRows()).containsExactly(rows.get(0), edited);
    }

    @Test
    void sortingRunsInTheBackgroundPassAndAKeystrokeAfterwardsOnlyFilters() {
        RowOrder byLabelDescending = new RowOrder(List.of(new RowOrder.By("label",
                p -> TextFolding.fold(p.label()), false)));
        List<Boolean> sortedAgain = new ArrayList<>();
        FindModel sorting = new FindModel(rows, new FilterExecution(BackgroundTasks.of(background, Runnable::run),
                Debouncer.IMMEDIATE, (input, cancelled) -> {
                    sortedAgain.add(input.alreadySorted() == null && !input.order().isServerOrder());
                    return RowPass.compute(input, cancelled);
                }));

        sorting.sortBy(byLabelDescending);
        assertThat(sorting.shownRows()).extracting(ProfileProperty::id).as("before the pass").containsExactly("1", "2", "3", "4");
        background.runAll();
        // "Région préférée", "Region Name", "Loyalty Tier", "Email": accents and case folded
        assertThat(sorting.shownRows()).extracting(ProfileProperty::id).containsExactly("4", "1", "2", "3");

        sorting.textProperty().set("region");
        background.runAll();
        assertThat(sorting.shownRows()).extracting(ProfileProperty::id).containsExactly("4", "1");
        assertThat(sortedAgain).containsExactly(true, false);
    }

    @Test
    void dataTypeChoicesAreTheLoadedTypesSortedAfterAny() {
        assertThat(model.dataTypeChoices()).containsExactly(FindModel.ANY_DATA_TYPE, "email", "text");

        rows.add(Rows.row("7", "score", "Score", "", "number", false, false, true, true));
        rows.clear();

        assertThat(model.dataTypeChoices()).containsExactly(FindModel.ANY_DATA_TYPE, "email", "number", "text");
    }
}
