package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialStoreTest {
    private static final Account PRODUCTION = new Account("production-000001", "Production", "https://api.ocamba.com");
    private static final ApiToken TOKEN = ApiToken.of("tok-SECRET-1");

    @Test
    void aKeychainThatCannotBeOpenedFallsBackToSessionOnlyAndSaysSo() {
        CredentialStore store = new CredentialStoreFactory(() -> {
            throw new Keychain.KeychainException("No available keyring backend found", null);
        }, Duration.ofSeconds(5)).open();

        assertThat(store).isInstanceOf(SessionOnlyCredentialStore.class);
        assertThat(store.canRemember()).isFalse();
        assertThat(store.rememberUnavailableReason())
                .contains("No system keychain is available; the token is kept for this session only.");
    }

    @Test
    void aKeychainThatHangsFallsBackAfterTheTimeout() {
        CountDownLatch never = new CountDownLatch(1);
        CredentialStore store = new CredentialStoreFactory(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeKeychain();
        }, Duration.ofMillis(50)).open();
        never.countDown();

        assertThat(store.rememberUnavailableReason()).contains(CredentialStoreFactory.NO_KEYCHAIN_MESSAGE);
    }

    @Test
    void theCallerWorksWhileTheKeychainOpensAndThenGetsItsStore() throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        FakeKeychain keychain = new FakeKeychain();
        CredentialStoreFactory.Opening opening = openingOnceReleased(opened, keychain);
        // begin() returned while the keychain is still opening: the app reads its accounts file meanwhile
        opened.countDown();

        try (CredentialStore store = opening.await()) {
            assertThat(store.canRemember()).isTrue();
            store.remember(PRODUCTION, TOKEN);
        }
        assertThat(keychain.entries()).containsEntry("Hood Admin/production-000001", "tok-SECRET-1");
    }

    @Test
    void aKeychainAbandonedWhileOpeningIsClosedOnceItOpens() throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        FakeKeychain keychain = new FakeKeychain();
        CredentialStoreFactory.Opening opening = openingOnceReleased(opened, keychain);
        opening.abandon(); // e.g. the accounts file was damaged and the app does not start

        assertThat(keychain.closedWithin(Duration.ZERO)).isFalse();
        opened.countDown();
        assertThat(keychain.closedWithin(Duration.ofSeconds(5))).as("the keychain's connection released").isTrue();
    }

    /** Begins opening a keychain that opens as {@code keychain} once {@code release} is counted down. */
    private static CredentialStoreFactory.Opening openingOnceReleased(CountDownLatch release, FakeKeychain keychain) {
        return new CredentialStoreFactory(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return keychain;
        }, Duration.ofSeconds(5)).begin();
    }

    @Test
    void onThisHeadlessMachineTheRealFactoryStillGivesAWorkingStore() throws Exception {
        try (CredentialStore store = CredentialStoreFactory.forThisMachine().open()) {
            store.keepForSession(PRODUCTION, TOKEN);
            assertThat(store.load(PRODUCTION)).contains(TOKEN);
        }
    }

    @Test
    void rememberedTokensAreInTheKeychainUnderTheAppServiceAndAccountId() throws Exception {
        FakeKeychain keychain = new FakeKeychain();
        new KeyringCredentialStore(keychain).remember(PRODUCTION, TOKEN);

        assertThat(keychain.entries()).containsEntry("Hood Admin/production-000001", "tok-SECRET-1");
        assertThat(new KeyringCredentialStore(keychain).load(PRODUCTION).map(ApiToken::revealForRedaction))
                .contains("tok-SECRET-1");
    }

    @Test
    void sessionTokensNeverReachTheKeychain() {
        FakeKeychain keychain = new FakeKeychain();
        KeyringCredentialStore store = new KeyringCredentialStore(keychain);

        store.keepForSession(PRODUCTION, TOKEN);

        assertThat(store.load(PRODUCTION)).contains(TOKEN);
        assertThat(keychain.entries()).isEmpty();
    }

    @Test
    void forgetRemovesTheTokenFromMemoryAndKeychain() throws Exception {
        FakeKeychain keychain = new FakeKeychain();
        KeyringCredentialStore store = new KeyringCredentialStore(keychain);
        store.remember(PRODUCTION, TOKEN);

        store.forget(PRODUCTION);

        assertThat(store.load(PRODUCTION)).isEmpty();
        assertThat(keychain.entries()).isEmpty();
    }

    @Test
    void forgettingAnAccountThatWasNeverRememberedIsNotAnError() throws Exception {
        KeyringCredentialStore store = new KeyringCredentialStore(new FakeKeychain());

        store.forget(PRODUCTION);

        assertThat(store.load(PRODUCTION)).isEmpty();
    }

    @Test
    void aKeychainRefusalIsReportedWithoutTheToken() throws Exception {
        FakeKeychain keychain = new FakeKeychain();
        new KeyringCredentialStore(keychain).remember(PRODUCTION, TOKEN);
        KeyringCredentialStore store = new KeyringCredentialStore(keychain.refuseChanges());

        assertThatThrownBy(() -> store.forget(PRODUCTION)).isInstanceOf(CredentialException.class)
                .hasMessageContaining("did not remove the token for \"Production\"").hasMessageNotContaining("tok-SECRET");
        assertThatThrownBy(() -> store.remember(PRODUCTION, ApiToken.of("tok-SECRET-2")))
                .hasMessageContaining("did not store").hasMessageNotContaining("tok-SECRET");
    }

    @Test
    void sessionOnlyStoreRefusesToRememberAndForgetsOnSignOut() {
        SessionOnlyCredentialStore store = new SessionOnlyCredentialStore(CredentialStoreFactory.NO_KEYCHAIN_MESSAGE);
        store.keepForSession(PRODUCTION, TOKEN);

        assertThatThrownBy(() -> store.remember(PRODUCTION, TOKEN)).hasMessage(CredentialStoreFactory.NO_KEYCHAIN_MESSAGE);
        store.forget(PRODUCTION);
        assertThat(store.load(PRODUCTION)).isEmpty();
    }
}
