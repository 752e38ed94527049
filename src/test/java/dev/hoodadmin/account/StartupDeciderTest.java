package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.logging.SecretRedactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StartupDeciderTest {
    private static final Endpoint PRODUCTION = Endpoint.parse(Endpoint.DEFAULT_URL);

    @TempDir
    Path appData;

    private final FakeKeychain keychain = new FakeKeychain();
    private final SecretRedactor redactor = new SecretRedactor();

    private StartupRoute decide(Optional<ApiToken> environmentToken) throws Exception {
        return new StartupDecider(AccountStore.open(appData), new KeyringCredentialStore(keychain), redactor)
                .decide(environmentToken, PRODUCTION);
    }

    @Test
    void firstStartShowsSignIn() throws Exception {
        assertThat(decide(Optional.empty())).isEqualTo(new StartupRoute.SignIn(Optional.empty()));
    }

    @Test
    void aRememberedAccountWithItsKeychainTokenGoesLive() throws Exception {
        AccountStore store = AccountStore.open(appData);
        Account production = store.add("Production", PRODUCTION);
        store.switchTo(production.id());
        new KeyringCredentialStore(keychain).remember(production, ApiToken.of("kept-token"));

        StartupRoute route = decide(Optional.empty());

        assertThat(route).isInstanceOfSatisfying(StartupRoute.Live.class, live -> {
            assertThat(live.account()).isEqualTo(production);
            assertThat(live.token().revealForRedaction()).isEqualTo("kept-token");
            assertThat(live.tokenFromEnvironment()).isFalse();
        });
        assertThat(redactor.redact("kept-token")).isEqualTo("****");
    }

    @Test
    void aRememberedAccountWithoutTokenShowsSignInForIt() throws Exception {
        AccountStore store = AccountStore.open(appData);
        Account production = store.add("Production", PRODUCTION);
        store.switchTo(production.id());

        assertThat(decide(Optional.empty())).isEqualTo(new StartupRoute.SignIn(Optional.of(production)));
    }

    @Test
    void anEnvironmentTokenGoesLiveWithTheAccountForThatUrlAndIsNeverStored() throws Exception {
        AccountStore store = AccountStore.open(appData);
        Account production = store.add("Production", PRODUCTION);
        Account sandbox = store.add("Sandbox", Endpoint.parse("https://sandbox.example.com"));
        store.switchTo(sandbox.id());

        StartupRoute route = decide(Optional.of(ApiToken.of("env-token")));

        assertThat(route).isInstanceOfSatisfying(StartupRoute.Live.class, live -> {
            assertThat(live.account()).isEqualTo(production);
            assertThat(live.tokenFromEnvironment()).isTrue();
        });
        assertThat(keychain.entries()).isEmpty();
        assertThat(AccountStore.open(appData).active()).contains(sandbox);
        assertThat(redactor.redact("Authorization: env-token")).isEqualTo("Authorization: ****");
    }
}
