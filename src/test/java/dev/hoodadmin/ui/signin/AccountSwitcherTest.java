package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.ui.FxRobotExtension;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FxRobotExtension.class)
class AccountSwitcherTest {
    @TempDir
    Path appData;
    private SwitcherFixture app;
    private Account production;
    private Account sandbox;

    @Start
    void start(Stage stage) throws Exception {
        app = new SwitcherFixture(appData);
        production = app.production;
        sandbox = app.sandbox;
        app.show(stage);
    }

    @AfterEach
    void stop() {
        app.close();
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

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.events.contains("signed out Production"));
        assertThat(app.credentials.load(production)).isEmpty();
        assertThat(app.keychain.entries()).doesNotContainKey("Hood Admin/" + production.id());
        assertThat(AccountStore.open(appData).active()).isEmpty();
        assertThat(AccountStore.open(appData).accounts()).as("the account and its outbox stay").contains(production);
        assertThat(buttonText(robot)).isEqualTo("Not signed in — sign in…");
    }

    @Test
    void switchingHandsOverTheOtherAccountsTokenAndRemembersTheChoice(FxRobot robot) throws Exception {
        robot.clickOn("#accountSwitcher").clickOn("Sandbox · sandbox.example.com:8443");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !app.events.isEmpty());
        assertThat(app.events).containsExactly("switched Sandbox sandbox-token");
        assertThat(buttonText(robot)).isEqualTo("Sandbox · sandbox.example.com:8443");
        assertThat(AccountStore.open(appData).active()).contains(sandbox);
    }

    @Test
    void addAccountAsksTheApp(FxRobot robot) {
        robot.clickOn("#accountSwitcher").clickOn("Add account…");

        assertThat(app.events).containsExactly("add");
    }
}
