package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.engine.WorkspaceOptions;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.ui.FakePropertyApi;
import dev.hoodadmin.ui.FxRobotExtension;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account menu's Rename, Change token and Remove, clicked for real, on a real accounts file, a keychain
 * stand-in and real account folders (the sandbox's outbox holds two edits never sent).
 */
@ExtendWith(FxRobotExtension.class)
class AccountMenuTest {
    @TempDir
    Path appData;
    private SwitcherFixture app;
    private AccountStore accounts;
    private Account production;
    private Account sandbox;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new SwitcherFixture(appData);
        accounts = app.accounts;
        production = app.production;
        sandbox = app.sandbox;
        queueTwoEdits(sandbox);
        app.show(stage);
    }

    /** Two edits in the account's outbox, never sent (no worker runs), as a closed window leaves them. */
    private void queueTwoEdits(Account account) throws Exception {
        List<ProfileProperty> rows = FakePropertyApi.sample(3);
        try (AccountWorkspace workspace = AccountWorkspace.open(accounts.accountDirectory(account), account.endpoint(),
                ApiToken.of("sandbox-token"), WorkspaceOptions.standard().withGates(() -> RequestGate.UNLIMITED))) {
            workspace.outbox().enqueue(rows.get(1), Map.of(UpdatableField.EXAMPLE, "one"));
            workspace.outbox().enqueue(rows.get(2), Map.of(UpdatableField.EXAMPLE, "two"));
        }
    }

    @AfterEach
    void stop(FxRobot robot) throws TimeoutException {
        robot.interact(() -> robot.lookup("#accountSwitcher").queryAs(MenuButton.class).hide());
        app.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void theMenuShowsWhichAccountsHaveUnsentEdits(FxRobot robot) throws Exception {
        MenuButton menu = robot.lookup("#accountSwitcher").queryAs(MenuButton.class);
        waitUntil(() -> menu.getItems().stream().anyMatch(item -> item.getText() != null && item.getText().endsWith("2 unsent edits")));

        robot.clickOn(menu);

        assertThat(robot.lookup(SwitcherFixture.SANDBOX_LABEL + " — 2 unsent edits").tryQuery()).isPresent();
        assertThat(robot.lookup(SwitcherFixture.PRODUCTION_LABEL).tryQuery()).as("nothing unsent: no count").isPresent();
    }

    @Test
    void removingAnAccountWithUnsentEditsSaysHowManyAndEnterCancels(FxRobot robot) throws Exception {
        openRemove(robot, SwitcherFixture.SANDBOX_LABEL);
        assertThat(dialogText(robot)).contains("2 edits were never sent and will be lost");

        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + AccountDialogs.CANCEL_ID).tryQuery()).as("dialog closed").isEmpty();
        assertThat(AccountStore.open(appData).accounts()).contains(sandbox);
        assertThat(accounts.dataFolder(sandbox).resolve(AccountWorkspace.DATA_FILE)).exists();
        assertThat(app.keychain.entries()).containsKey("Hood Admin/" + sandbox.id());

        openRemove(robot, SwitcherFixture.SANDBOX_LABEL);
        robot.clickOn("#" + AccountDialogs.REMOVE_ID);

        waitUntil(() -> !accounts.accounts().contains(sandbox));
        assertThat(AccountStore.open(appData).accounts()).containsExactly(production);
        assertThat(accounts.dataFolder(sandbox)).as("outbox and cache deleted").doesNotExist();
        assertThat(app.keychain.entries()).as("no token left behind").doesNotContainKey("Hood Admin/" + sandbox.id());
        assertThat(app.keychain.entries()).containsKey("Hood Admin/" + production.id());
        assertThat(app.events).isEmpty();
    }

    @Test
    void removingTheAccountInUseLeavesItFirst(FxRobot robot) throws Exception {
        openRemove(robot, SwitcherFixture.PRODUCTION_LABEL);
        assertThat(dialogText(robot)).contains("switches to the demo first").doesNotContain("never sent");

        robot.clickOn("#" + AccountDialogs.REMOVE_ID);

        waitUntil(() -> !accounts.accounts().contains(production));
        assertThat(app.events).containsExactly("leaving Production");
        assertThat(AccountStore.open(appData).accounts()).containsExactly(sandbox);
        assertThat(AccountStore.open(appData).active()).isEmpty();
        assertThat(app.keychain.entries()).doesNotContainKey("Hood Admin/" + production.id());
        assertThat(robot.lookup("#accountSwitcher").queryAs(MenuButton.class).getText()).isEqualTo("Not signed in — sign in…");
    }

    @Test
    void renameGivesTheAccountInUseANewNameAndKeepsItsDataAndToken(FxRobot robot) throws Exception {
        choose(robot, "Rename", SwitcherFixture.PRODUCTION_LABEL);
        waitUntil(() -> robot.lookup("#" + AccountDialogs.NAME_FIELD_ID).tryQuery().isPresent());
        robot.clickOn("#" + AccountDialogs.NAME_FIELD_ID).eraseText("Production".length()).write("Live shop")
                .type(KeyCode.ENTER);

        waitUntil(() -> "Live shop · api.ocamba.com".equals(robot.lookup("#accountSwitcher").queryAs(MenuButton.class).getText()));
        Account renamed = AccountStore.open(appData).find(production.id()).orElseThrow();
        assertThat(renamed.displayName()).isEqualTo("Live shop");
        assertThat(app.credentials.load(renamed)).map(ApiToken::revealForRedaction).contains("prod-token");
    }

    @Test
    void changeTokenAsksForTheAccountsTokenAgain(FxRobot robot) throws Exception {
        choose(robot, "Change token", SwitcherFixture.SANDBOX_LABEL);

        assertThat(app.events).containsExactly("change token Sandbox https://sandbox.example.com:8443");
    }

    private void openRemove(FxRobot robot, String accountLabel) throws TimeoutException {
        choose(robot, "Remove", accountLabel);
        waitUntil(() -> robot.lookup("#" + AccountDialogs.REMOVE_ID).tryQuery().isPresent());
    }

    /** Waits for the unsent counts, then clicks the account in the submenu. */
    private void choose(FxRobot robot, String submenu, String accountLabel) throws TimeoutException {
        MenuButton menu = robot.lookup("#accountSwitcher").queryAs(MenuButton.class);
        waitUntil(() -> menu.getItems().stream().anyMatch(item -> item.getText() != null && item.getText().endsWith("2 unsent edits")));
        String label = accountLabel.equals(SwitcherFixture.SANDBOX_LABEL)
                ? SwitcherFixture.SANDBOX_LABEL + " — 2 unsent edits" : accountLabel;
        AccountMenuRobot.choose(robot, stage, submenu, label);
    }

    private static String dialogText(FxRobot robot) {
        Node remove = robot.lookup("#" + AccountDialogs.REMOVE_ID).query();
        return ((DialogPane) remove.getScene().getRoot()).getContentText();
    }

    /** Bounded at 20 s: once in a full `mvn verify` the background count took longer than the 5 s this had. */
    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
