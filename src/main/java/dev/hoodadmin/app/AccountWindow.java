package dev.hoodadmin.app;

import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.outbox.DrainResult;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.ui.common.PreferencesWindowStateStore;
import dev.hoodadmin.ui.common.WindowStateBinder;
import dev.hoodadmin.ui.editor.EditorDependencies;
import dev.hoodadmin.ui.create.NewPropertyFeature;
import dev.hoodadmin.ui.imports.ExportFeature;
import dev.hoodadmin.ui.imports.ImportFeature;
import dev.hoodadmin.ui.editor.EditorFeature;
import dev.hoodadmin.ui.find.FilterExecution;
import dev.hoodadmin.ui.main.AccountLabel;
import dev.hoodadmin.ui.main.MainViewModel;
import dev.hoodadmin.ui.main.PropertyLoader;
import dev.hoodadmin.ui.main.MainWindow;
import dev.hoodadmin.ui.main.ViewState;
import dev.hoodadmin.ui.menu.HelpActions;
import dev.hoodadmin.ui.quit.QuitGuard;
import dev.hoodadmin.ui.quit.UnsentChanges;
import dev.hoodadmin.ui.text.LanguageController;
import dev.hoodadmin.ui.theme.ThemeController;
import javafx.scene.Node;
import javafx.stage.Stage;

import dev.hoodadmin.ui.text.Texts;
import java.util.function.Consumer;

/**
 * One main window on one opened account: the table, editing, and a quit guard that knows the
 * account's unsent edits and new properties. The window is thrown away (and a new one built) when the
 * account changes.
 */
final class AccountWindow {
    private final AccountWorkspace account;
    private final Stage stage;
    private final MainWindow window;
    private final EditorFeature editing;
    private final NewPropertyFeature newProperties;

    AccountWindow(AccountWorkspace account, boolean demo, AppServices services, ThemeController themes,
                  LanguageController languages, HelpActions help, Node accountSwitcher, Runnable onSignInRequested, Runnable quit) {
        this.account = account;
        this.stage = new Stage();
        AppIcons.addTo(stage);
        MainViewModel viewModel = new MainViewModel(account.properties(),
                new PropertyLoader(services.tasks()), FilterExecution.app(services.background()),
                new AccountLabel(account.endpoint(), demo), Texts.locale());
        window = new MainWindow(viewModel, new WindowStateBinder(PreferencesWindowStateStore.forMainWindow()),
                themes, languages, help);
        editing = EditorFeature.install(window, new EditorDependencies(account.outbox(), account.worker(),
                account.budget().orElseThrow(), services.background(), onSignInRequested,
                account.journal(), account.undo()));
        newProperties = NewPropertyFeature.install(window, account.outbox(), account::newPropertyCheck, services.tasks());
        ImportFeature.install(window, account, services.tasks(), ImportFeature.chooser());
        ExportFeature.install(window, services.tasks(), ExportFeature.chooser());
        window.addStatusItem(accountSwitcher);
        new QuitGuard(unsentChanges(services), quit).install(stage);
    }

    private UnsentChanges unsentChanges(AppServices services) {
        return new UnsentChanges() {
            @Override
            public int edits() {
                return (int) editing.edits().edits().stream().map(Edit::state).filter(s -> s.isActive()).count();
            }

            @Override
            public int newProperties() {
                return newProperties.waitingCount();
            }

            @Override
            public void whenSent(Consumer<Boolean> done) {
                services.tasks().call(() -> account.worker().awaitDrained() == DrainResult.DRAINED)
                        .onSuccess(done).onFailure(failure -> done.accept(false)).start();
            }
        };
    }

    Stage stage() {
        return stage;
    }

    AccountWorkspace account() {
        return account;
    }

    void show() {
        window.show(stage);
    }

    /** The filters, sort, columns, selection and scroll position, kept for the next window on this account. */
    ViewState capture() {
        return window.captureView();
    }

    /** Puts back what {@link #capture()} kept (the place in the rows once they are loaded); after {@link #show()}. */
    void restore(ViewState state) {
        window.restoreView(state);
    }

    /** While the app changes account, this window takes no input (its account is being closed). */
    void freeze() {
        window.root().setDisable(true);
    }

    /** Hides the window (saving its size and columns) and stops its timers; the account is closed separately. */
    void dispose() {
        editing.close();
        newProperties.close();
        stage.hide();
    }
}
