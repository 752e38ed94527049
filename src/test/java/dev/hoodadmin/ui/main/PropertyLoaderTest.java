package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.ListQuery;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.ui.FakePropertyApi;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyLoaderTest {
    private final List<String> events = new ArrayList<>();
    private final List<LoadError> errors = new ArrayList<>();

    private final PropertyLoader.Listener<List<ProfileProperty>> recorder = new PropertyLoader.Listener<>() {
        @Override
        public void onPage(List<ProfileProperty> newRows, int loaded, int total) {
            events.add("page " + newRows.size() + " " + loaded + "/" + total);
        }

        @Override
        public void onFinished(List<ProfileProperty> all) {
            events.add("finished " + all.size());
        }

        @Override
        public void onFailed(LoadError error) {
            events.add("failed");
            errors.add(error);
        }
    };

    private PropertyPager pager;

    /** Loads run a full read of {@code api} in pages of 40. */
    private PropertyLoader loader(FakePropertyApi api, Executor background, Executor ui) {
        pager = new PropertyPager(api, duration -> { });
        return new PropertyLoader(BackgroundTasks.of(background, ui));
    }

    private PropertyLoader.Work<List<ProfileProperty>> readAll() {
        return pages -> pager.fetchAll(ListQuery.all(), 40, pages);
    }

    @Test
    void everyReportIsHandedToTheUiExecutor() {
        List<Runnable> uiQueue = new ArrayList<>();
        PropertyLoader loader = loader(new FakePropertyApi(FakePropertyApi.sample(90)), Runnable::run, uiQueue::add);

        loader.start(readAll(), recorder);

        assertThat(events).isEmpty();
        uiQueue.forEach(Runnable::run);
        assertThat(events).containsExactly("page 40 40/90", "page 40 80/90", "page 10 90/90", "finished 90");
    }

    @Test
    void aBugInTheClientShowsAReadableLineNotAStackTrace() {
        FakePropertyApi api = new FakePropertyApi(FakePropertyApi.sample(90))
                .crashOnPage(2, new IllegalStateException("page cursor lost"));

        loader(api, Runnable::run, Runnable::run).start(readAll(), recorder);

        assertThat(events).containsExactly("page 40 40/90", "failed");
        LoadError error = errors.get(0);
        assertThat(error.detail()).isEqualTo("Unexpected problem: page cursor lost. Details are in the log; try Reload.");
        assertThat(error.detail()).doesNotContain("Exception", "\tat ");
        assertThat(error.traceId()).isNull();
    }

    @Test
    void aRefusedBackgroundTaskIsReportedAsAFailure() {
        Executor refusing = task -> {
            throw new RejectedExecutionException("executor shut down");
        };

        loader(new FakePropertyApi(FakePropertyApi.sample(5)), refusing, Runnable::run).start(readAll(), recorder);

        assertThat(events).containsExactly("failed");
    }

    @Test
    void reportsQueuedBeforeCancelAreDropped() {
        List<Runnable> uiQueue = new ArrayList<>();
        PropertyLoader.Load load = loader(new FakePropertyApi(FakePropertyApi.sample(90)), Runnable::run, uiQueue::add)
                .start(readAll(), recorder);

        load.cancel();
        uiQueue.forEach(Runnable::run);

        assertThat(events).isEmpty();
    }
}
