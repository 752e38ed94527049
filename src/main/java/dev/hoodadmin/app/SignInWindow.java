package dev.hoodadmin.app;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.SignInService;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.signin.SignInListener;
import dev.hoodadmin.ui.signin.SignInView;
import dev.hoodadmin.ui.signin.SignInViewModel;
import dev.hoodadmin.ui.text.Texts;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.BiConsumer;

/** The sign-in screen in its own window, over the main window when there is one. */
final class SignInWindow {
    private final SignInService service;
    private final BackgroundTasks tasks;
    private final BiConsumer<Account, ApiToken> onSignedIn;
    private final Runnable onDemo;
    private Stage stage;

    SignInWindow(SignInService service, BackgroundTasks tasks, BiConsumer<Account, ApiToken> onSignedIn,
                 Runnable onDemo) {
        this.service = service;
        this.tasks = tasks;
        this.onSignedIn = onSignedIn;
        this.onDemo = onDemo;
    }

    void show(Window owner, Optional<Account> prefill) {
        close();
        SignInViewModel model = new SignInViewModel(service, tasks, new SignInListener() {
            @Override
            public void onSignedIn(Account account, ApiToken token) {
                SignInWindow.this.onSignedIn.accept(account, token);
            }

            @Override
            public void onDemo() {
                SignInWindow.this.onDemo.run();
            }
        });
        prefill.ifPresent(model::prefill);
        stage = new Stage();
        AppIcons.addTo(stage);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Texts.get("signin.window.title", "Hood Admin"));
        stage.setScene(new Scene(new SignInView(model).root(), 520, 480));
        stage.show();
    }

    /** Closes the screen once the main window it led to is showing. */
    void close() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }
}
