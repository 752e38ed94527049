package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.account.CredentialStore;
import dev.hoodadmin.account.CredentialStoreFactory;
import dev.hoodadmin.account.FakeKeychain;
import dev.hoodadmin.account.KeyringCredentialStore;
import dev.hoodadmin.account.SessionOnlyCredentialStore;
import dev.hoodadmin.account.SignInService;
import dev.hoodadmin.account.TokenCheckingServer;
import dev.hoodadmin.account.TokenVerifier;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.logging.SecretRedactor;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.ui.FxRobotExtension;
import dev.hoodadmin.ui.common.BackgroundTasks;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import dev.hoodadmin.ui.SceneChecks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FxRobotExtension.class)
class SignInViewTest {
    private final TokenCheckingServer server = new TokenCheckingServer("good-token");
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicReference<Account> signedIn = new AtomicReference<>();
    private final AtomicReference<ApiToken> signedInToken = new AtomicReference<>();
    private final AtomicBoolean demo = new AtomicBoolean();
    private final FakeKeychain keychain = new FakeKeychain();
    private Stage stage;

    @TempDir
    Path appData;

    SignInViewTest() throws Exception {
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        server.close();
        background.shutdownNow();
    }

    private void show(CredentialStore credentials, TokenVerifier verifier) throws Exception {
        show(credentials, verifier, null);
    }

    private void show(CredentialStore credentials, TokenVerifier verifier, Account prefill) throws Exception {
        AccountStore accounts = AccountStore.open(appData);
        SignInService service = new SignInService(verifier, accounts, credentials, new SecretRedactor());
        SignInListener listener = new SignInListener() {
            @Override
            public void onSignedIn(Account account, ApiToken token) {
                assertThat(Platform.isFxApplicationThread()).isTrue();
                signedInToken.set(token);
                signedIn.set(account);
            }

            @Override
            public void onDemo() {
                demo.set(true);
            }
        };
        SignInViewModel model = new SignInViewModel(service, BackgroundTasks.onFxThread(background), listener);
        if (prefill != null) model.prefill(prefill);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(new SignInView(model).root(), 520, 560));
            stage.show();
        }).get(5, TimeUnit.SECONDS);
    }

    private void show() throws Exception {
        show(new KeyringCredentialStore(keychain), TokenVerifier.overHttp());
    }

    private void fill(FxRobot robot, String url, String token, String name) {
        robot.interact(() -> robot.lookup("#apiUrlField").queryAs(TextField.class).setText(url));
        robot.clickOn("#tokenField").write(token);
        robot.clickOn("#accountNameField").write(name);
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void everyFieldAndButtonHasANameAScreenReaderSays(FxRobot robot) throws Exception {
        show();

        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> SceneChecks.unnamedControls(stage.getScene()))).isEmpty();
    }

    @Test
    void aGoodTokenSignsInAndHandsOverTheSavedAccount(FxRobot robot) throws Exception {
        show();
        fill(robot, server.url(), "good-token", "Sandbox");

        robot.clickOn("#signInButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> signedIn.get() != null);
        assertThat(signedIn.get().displayName()).isEqualTo("Sandbox");
        assertThat(signedIn.get().endpointUrl()).isEqualTo(server.url());
        assertThat(signedInToken.get().revealForRedaction()).isEqualTo("good-token");
        assertThat(keychain.entries()).containsEntry("Hood Admin/" + signedIn.get().id(), "good-token");
        assertThat(AccountStore.open(appData).active()).contains(signedIn.get());
    }

    @Test
    void aWrongTokenIsExplainedUnderTheTokenFieldAndNothingIsHandedOver(FxRobot robot) throws Exception {
        show();
        fill(robot, server.url(), "wrong-token", "Sandbox");

        robot.clickOn("#signInButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#tokenError").isVisible());
        assertThat(label(robot, "#tokenError").getText()).startsWith("The token was refused by the server");
        assertThat(label(robot, "#apiUrlError").isVisible()).isFalse();
        assertThat(signedIn.get()).isNull();
        assertThat(AccountStore.open(appData).accounts()).isEmpty();

        robot.clickOn("#tokenField").write("x");
        assertThat(label(robot, "#tokenError").isVisible()).as("editing the token clears the server's complaint").isFalse();
    }

    @Test
    void anUnreachableHostIsExplainedUnderTheUrlField(FxRobot robot) throws Exception {
        show();
        String closed = TokenCheckingServer.closedPortUrl();
        fill(robot, closed, "good-token", "");

        robot.clickOn("#signInButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#apiUrlError").isVisible());
        assertThat(label(robot, "#apiUrlError").getText()).startsWith("Could not reach " + closed);
        assertThat(label(robot, "#tokenError").isVisible()).isFalse();
        assertThat(signedIn.get()).isNull();
    }

    @Test
    void plainHttpToAnotherHostIsRefusedBeforeAnyRequest(FxRobot robot) throws Exception {
        show();
        fill(robot, "http://api.ocamba.com", "good-token", "");

        assertThat(label(robot, "#apiUrlError").isVisible()).isTrue();
        assertThat(label(robot, "#apiUrlError").getText()).contains("HTTPS");
        assertThat(robot.lookup("#signInButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#tokenField").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(server.requests()).isEmpty();
        assertThat(signedIn.get()).isNull();
    }

    @Test
    void signInIsDisabledAndProgressShownWhileTheCheckRuns(FxRobot robot) throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        show(new KeyringCredentialStore(keychain), new TokenVerifier((endpoint, token) -> {
            try {
                answer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return HoodClient.create(endpoint, token, RequestGate.UNLIMITED);
        }));
        fill(robot, server.url(), "good-token", "");

        robot.clickOn("#signInButton");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#signInProgress").query().isVisible()).isTrue();
        assertThat(robot.lookup("#signInButton").queryAs(Button.class).isDisabled()).isTrue();
        answer.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> signedIn.get() != null);
        assertThat(robot.lookup("#signInProgress").query().isVisible()).isFalse();
        assertThat(signedIn.get().displayName()).as("a blank name falls back to the host").isEqualTo("127.0.0.1");
    }

    @Test
    void withoutAKeychainRememberIsDisabledAndSaysWhy(FxRobot robot) throws Exception {
        show(new SessionOnlyCredentialStore(CredentialStoreFactory.NO_KEYCHAIN_MESSAGE), TokenVerifier.overHttp());

        CheckBox remember = robot.lookup("#rememberCheckBox").queryAs(CheckBox.class);
        assertThat(remember.isDisabled()).isTrue();
        assertThat(remember.isSelected()).isFalse();
        assertThat(label(robot, "#rememberUnavailableLabel").isVisible()).isTrue();
        assertThat(label(robot, "#rememberUnavailableLabel").getText())
                .isEqualTo("No system keychain is available; the token is kept for this session only.");

        fill(robot, server.url(), "good-token", "Sandbox");
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> signedIn.get() != null);
    }

    @Test
    void withAKeychainRememberIsOfferedAndTicked(FxRobot robot) throws Exception {
        show();

        CheckBox remember = robot.lookup("#rememberCheckBox").queryAs(CheckBox.class);
        assertThat(remember.isDisabled()).isFalse();
        assertThat(remember.isSelected()).isTrue();
        assertThat(label(robot, "#rememberUnavailableLabel").isVisible()).isFalse();
        assertThat(robot.lookup("#signInButton").queryAs(Button.class).isDisabled()).as("no token yet").isTrue();
    }

    @Test
    void signingInAgainToAKnownAccountKeepsThatAccount(FxRobot robot) throws Exception {
        Account known = AccountStore.open(appData).add("Sandbox", server.endpoint());
        show(new KeyringCredentialStore(keychain), TokenVerifier.overHttp(), known);
        assertThat(robot.lookup("#apiUrlField").queryAs(TextField.class).getText()).isEqualTo(server.url());
        assertThat(robot.lookup("#accountNameField").queryAs(TextField.class).getText()).isEqualTo("Sandbox");

        robot.clickOn("#tokenField").write("good-token");
        robot.clickOn("#signInButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> signedIn.get() != null);
        assertThat(signedIn.get()).isEqualTo(known);
        assertThat(AccountStore.open(appData).accounts()).containsExactly(known);
    }

    @Test
    void tryTheDemoHandsOver(FxRobot robot) throws Exception {
        show();

        robot.clickOn("#demoButton");

        assertThat(demo.get()).isTrue();
        assertThat(server.requests()).isEmpty();
    }
}
