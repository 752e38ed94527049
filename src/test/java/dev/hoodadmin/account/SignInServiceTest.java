package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.logging.SecretRedactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SignInServiceTest {
    private final TokenCheckingServer server = new TokenCheckingServer("good-token");
    private final FakeKeychain keychain = new FakeKeychain();
    private final KeyringCredentialStore credentials = new KeyringCredentialStore(keychain);
    private final SecretRedactor redactor = new SecretRedactor();

    @TempDir
    Path appData;

    SignInServiceTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SignInService service() throws Exception {
        return new SignInService(TokenVerifier.overHttp(), AccountStore.open(appData), credentials, redactor);
    }

    private SignInRequest request(String token, boolean remember, Optional<String> existing) {
        return new SignInRequest(server.endpoint(), ApiToken.of(token), "Sandbox", remember, existing);
    }

    @Test
    void aGoodTokenAddsTheAccountMakesItActiveAndRemembersTheToken() throws Exception {
        SignInResult result = service().signIn(request("good-token", true, Optional.empty()));

        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
            assertThat(signedIn.account().displayName()).isEqualTo("Sandbox");
            assertThat(keychain.entries()).containsEntry("Hood Admin/" + signedIn.account().id(), "good-token");
        });
        assertThat(AccountStore.open(appData).active()).map(Account::displayName).contains("Sandbox");
    }

    @Test
    void aWrongTokenAddsNothingButIsStillRedacted() throws Exception {
        SignInResult result = service().signIn(request("wrong-token", true, Optional.empty()));

        assertThat(result).isInstanceOf(SignInResult.CheckFailed.class);
        assertThat(AccountStore.open(appData).accounts()).isEmpty();
        assertThat(keychain.entries()).isEmpty();
        assertThat(redactor.redact("sent wrong-token")).isEqualTo("sent ****");
    }

    @Test
    void signingInAgainWithoutRememberReusesTheAccountAndDropsTheOldKeychainEntry() throws Exception {
        Account first = ((SignInResult.SignedIn) service().signIn(request("good-token", true, Optional.empty()))).account();

        SignInResult again = service().signIn(request("good-token", false, Optional.of(first.id())));

        assertThat(again).isInstanceOfSatisfying(SignInResult.SignedIn.class,
                signedIn -> assertThat(signedIn.account()).isEqualTo(first));
        assertThat(AccountStore.open(appData).accounts()).hasSize(1);
        assertThat(keychain.entries()).isEmpty();
        assertThat(credentials.load(first)).isPresent();
    }

    /** "Change token…" signs in again to the account: a refused token changes nothing, an accepted one replaces the old. */
    @Test
    void changingTheTokenChecksItFirstThenReplacesTheRememberedOne() throws Exception {
        Account sandbox = AccountStore.open(appData).add("Sandbox", server.endpoint());
        credentials.remember(sandbox, ApiToken.of("expired-token"));

        SignInResult refused = service().signIn(request("mistyped-token", true, Optional.of(sandbox.id())));

        assertThat(refused).isInstanceOf(SignInResult.CheckFailed.class);
        assertThat(keychain.entries()).containsEntry("Hood Admin/" + sandbox.id(), "expired-token");

        SignInResult changed = service().signIn(request("good-token", true, Optional.of(sandbox.id())));

        assertThat(changed).isInstanceOfSatisfying(SignInResult.SignedIn.class,
                signedIn -> assertThat(signedIn.account()).isEqualTo(sandbox));
        assertThat(keychain.entries()).containsExactly(java.util.Map.entry("Hood Admin/" + sandbox.id(), "good-token"));
        assertThat(AccountStore.open(appData).accounts()).containsExactly(sandbox);
    }

    @Test
    void aKeychainRefusalIsTold() throws Exception {
        keychain.refuseChanges();

        SignInResult result = service().signIn(request("good-token", true, Optional.empty()));

        assertThat(result).isInstanceOfSatisfying(SignInResult.NotSaved.class, notSaved -> assertThat(notSaved.message())
                .contains("did not store the token", "Untick \"Remember\"").doesNotContain("good-token"));
    }
}
