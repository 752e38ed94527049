package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.account.FakeKeychain;
import dev.hoodadmin.account.KeyringCredentialStore;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.ui.common.BackgroundTasks;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AccountSwitcherTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final FakeKeychain keychain = new FakeKeychain();
    private final KeyringCredentialStore credentials = new KeyringCredentialStore(keychain);
    private final List<String> events = new CopyOnWriteArrayList<>();
    private AccountStore accounts;
    private Account production;
    private Account sandbox;

    @TempDir
    Path appData;

    @Start
    void start(Stage stage) throws Exception {
        accounts = AccountStore.open(appData);
        production = accounts.add("Production", Endpoint.parse(Endpoint.DEFAULT_URL));
        sandbox = accounts.add("Sandbox", Endpoint.parse("https://sandbox.example.com:8443"));
        accounts.switchTo(production.id());
        credentials.remember(production, ApiToken.of("prod-token"));
        credentials.remember(sandbox, ApiToken.of("sandbox-token"));
        AccountSwitcherModel model = new AccountSwitcherModel(accounts, credentials,
                new AccountFolders(accounts, account -> Optional.empty()),
                BackgroundTasks.onFxThread(background), new AccountSwitcherListener() {
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
                        events.add("change token " + account.displayName());
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
                });
        model.showConnected(production);
        stage.setScene(new Scene(new ToolBar(new AccountSwitcher(model).node()), 500, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private String buttonText(FxRobot robot) {
        return robot.lookup("#accountSwitcher").queryAs(MenuButton.class).getText();
    }

    @Test
    void showsTheAccountInUseWithItsHost(FxRobot robot) {
        assertThat(buttonText(robot)).isEqualTo("Production · api.ocamba.com");
    }

    @Test
    void signOutForgetsTheTokenEverywhere(FxRobot robot) throws Exception {
        robot.clickOn("#accountSwitcher").clickOn("Sign out");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> events.contains("signed out Production"));
        assertThat(credentials.load(production)).isEmpty();
        assertThat(keychain.entries()).doesNotContainKey("Hood Admin/" + production.id());
        assertThat(AccountStore.open(appData).active()).isEmpty();
        assertThat(AccountStore.open(appData).accounts()).as("the account and its outbox stay").contains(production);
        assertThat(buttonText(robot)).isEqualTo("Not signed in — sign in…");
    }

    @Test
    void switchingHandsOverTheOtherAccountsTokenAndRemembersTheChoice(FxRobot robot) throws Exception {
        robot.clickOn("#accountSwitcher").clickOn("Sandbox · sandbox.example.com:8443");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !events.isEmpty());
        assertThat(events).containsExactly("switched Sandbox sandbox-token");
        assertThat(buttonText(robot)).isEqualTo("Sandbox · sandbox.example.com:8443");
        assertThat(AccountStore.open(appData).active()).contains(sandbox);
    }

    @Test
    void addAccountAsksTheApp(FxRobot robot) {
        robot.clickOn("#accountSwitcher").clickOn("Add account…");

        assertThat(events).containsExactly("add");
    }
}
