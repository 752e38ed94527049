package dev.hoodadmin.app;

import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.ui.common.PreferencesWindowStateStore;
import dev.hoodadmin.ui.common.WindowStateBinder;
import dev.hoodadmin.ui.editor.EditorDependencies;
import dev.hoodadmin.ui.editor.EditorFeature;
import dev.hoodadmin.ui.main.MainViewModel;
import dev.hoodadmin.ui.main.MainWindow;
import dev.hoodadmin.ui.menu.HelpActions;
import dev.hoodadmin.ui.queue.RateBudgetSource;
import dev.hoodadmin.ui.quit.QuitGuard;
import dev.hoodadmin.ui.quit.UnsentEdits;
import dev.hoodadmin.ui.theme.ThemeController;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;

import java.util.function.Consumer;

/**
 * One main window on one account session: the table, editing, and a quit guard that knows the
 * session's unsent edits. The window is thrown away (and a new one built) when the account changes.
 */
final class SessionWindow {
    private final AccountSession session;
    private final Stage stage;
    private final MainWindow window;
    private final EditorFeature editing;

    SessionWindow(AccountSession session, AppServices services, ThemeController themes, HelpActions help,
                  Node accountSwitcher, Runnable onSignInRequested, Runnable quit) {
        this.session = session;
        this.stage = new Stage();
        AppIcons.addTo(stage);
        // demo data lives only as long as its simulator: a copy kept from an earlier run would be out of step
        MainViewModel viewModel = new MainViewModel(session.client(), session.endpoint(), session.isDemo(),
                services.background(), session.isDemo() ? null : new PropertyCacheAdapter(session.propertyCache()));
        window = new MainWindow(viewModel, new WindowStateBinder(PreferencesWindowStateStore.forMainWindow()),
                themes, help);
        editing = EditorFeature.install(window, new EditorDependencies(session.outbox(), session.worker(),
                new RateBudgetSource(session.budget()), services.background(), onSignInRequested));
        window.addStatusItem(accountSwitcher);
        new QuitGuard(unsentEdits(services), quit).install(stage);
    }

    private UnsentEdits unsentEdits(AppServices services) {
        return new UnsentEdits() {
            @Override
            public int count() {
                return (int) editing.edits().edits().stream().map(Edit::state).filter(s -> s.isActive()).count();
            }

            @Override
            public void whenSent(Consumer<Boolean> done) {
                services.background().execute(() -> {
                    boolean drained;
                    try {
                        drained = session.worker().awaitDrained() == DrainResult.DRAINED;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        drained = false;
                    }
                    boolean result = drained;
                    Platform.runLater(() -> done.accept(result));
                });
            }
        };
    }

    Stage stage() {
        return stage;
    }

    AccountSession session() {
        return session;
    }

    void show() {
        window.show(stage);
    }

    /** While the app changes account, this window takes no input (its session is being closed). */
    void freeze() {
        window.root().setDisable(true);
    }

    /** Hides the window (saving its size and columns) and stops its timers; the session is closed separately. */
    void dispose() {
        editing.close();
        stage.hide();
    }
}
