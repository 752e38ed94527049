package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.account.FakeKeychain;
import dev.hoodadmin.account.KeyringCredentialStore;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.ui.common.BackgroundTasks;
import javafx.scene.Scene;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The account switcher on a stage, for its tests: a real accounts file with Production (in use) and Sandbox, their
 * tokens in a keychain stand-in, real account folders, and a listener that writes down what the app was asked
 * ("switched Sandbox sandbox-token", "leaving Production", …).
 */
final class SwitcherFixture implements AutoCloseable {
    static final String PRODUCTION_LABEL = "Production · api.ocamba.com";
    static final String SANDBOX_LABEL = "Sandbox · sandbox.example.com:8443";

    final FakeKeychain keychain = new FakeKeychain();
    final KeyringCredentialStore credentials = new KeyringCredentialStore(keychain);
    final List<String> events = new CopyOnWriteArrayList<>();
    final AccountStore accounts;
    final Account production;
    final Account sandbox;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    SwitcherFixture(Path appData) throws Exception {
        accounts = AccountStore.open(appData);
        production = accounts.add("Production", Endpoint.parse(Endpoint.DEFAULT_URL));
        sandbox = accounts.add("Sandbox", Endpoint.parse("https://sandbox.example.com:8443"));
        accounts.switchTo(production.id());
        credentials.remember(production, ApiToken.of("prod-token"));
        credentials.remember(sandbox, ApiToken.of("sandbox-token"));
    }

    /** Shows the switcher, connected with Production. Call from {@code @Start}, after any set-up of the folders. */
    void show(Stage stage) {
        AccountSwitcherModel model = new AccountSwitcherModel(accounts, credentials,
                new AccountFolders(accounts, account -> Optional.empty()), BackgroundTasks.onFxThread(background),
                new Recorder());
        model.showConnected(production);
        stage.setScene(new Scene(new ToolBar(new AccountSwitcher(model).node()), 700, 400));
        stage.show();
    }

    @Override
    public void close() {
        background.shutdownNow();
    }

    private final class Recorder implements AccountSwitcherListener {
        @Override
        public void onSwitched(Account account, Optional<ApiToken> token) {
            events.add("switched " + account.displayName() + " " + token.map(ApiToken::revealForRedaction).orElse("-"));
        }

        @Override
        public void onAddAccount() {
            events.add("add");
        }

        @Override
        public void onSignedOut(Account account) {
            events.add("signed out " + account.displayName());
        }

        @Override
        public void onChangeToken(Account account) {
            events.add("change token " + account.displayName() + " " + account.endpointUrl());
        }

        @Override
        public CompletableFuture<Void> onLeaving(Account account) {
            events.add("leaving " + account.displayName());
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onProblem(String message) {
            events.add("problem " + message);
        }
    }
}
