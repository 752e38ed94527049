package dev.hoodadmin.account;

import dev.hoodadmin.api.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountStoreTest {
    private static final Endpoint PRODUCTION = Endpoint.parse(Endpoint.DEFAULT_URL);
    private static final Endpoint SANDBOX = Endpoint.parse("https://sandbox.example.com/");

    @TempDir
    Path appData;

    @Test
    void accountsAndTheActiveOneSurviveARestart() throws Exception {
        AccountStore store = AccountStore.open(appData);
        Account production = store.add("Production", PRODUCTION);
        Account sandbox = store.add("Sandbox", SANDBOX);
        store.switchTo(sandbox.id());

        AccountStore reopened = AccountStore.open(appData);

        assertThat(reopened.accounts()).containsExactly(production, sandbox);
        assertThat(reopened.active()).contains(sandbox);
        assertThat(sandbox.endpointUrl()).isEqualTo("https://sandbox.example.com");
    }

    @Test
    void renameKeepsTheIdSoTheKeychainEntryAndOutboxStayAttached() throws Exception {
        AccountStore store = AccountStore.open(appData);
        Account production = store.add("Production", PRODUCTION);

        Account renamed = store.rename(production.id(), "Live site");

        assertThat(renamed.id()).isEqualTo(production.id());
        assertThat(AccountStore.open(appData).accounts()).extracting(Account::displayName).containsExactly("Live site");
    }

    @Test
    void removingTheActiveAccountClearsItButKeepsItsDataFolder() throws Exception {
        AccountStore store = AccountStore.open(appData);
        Account production = store.add("Production", PRODUCTION);
        store.switchTo(production.id());
        Path folder = store.accountDirectory(production);
        Files.writeString(folder.resolve("outbox.db"), "unsent edits");

        store.remove(production.id());

        assertThat(AccountStore.open(appData).accounts()).isEmpty();
        assertThat(AccountStore.open(appData).active()).isEmpty();
        assertThat(folder.resolve("outbox.db")).hasContent("unsent edits");
        Account again = store.add("Production", PRODUCTION);
        assertThat(store.accountDirectory(again)).isNotEqualTo(folder);
    }

    @Test
    void eachAccountHasItsOwnFolder() throws Exception {
        AccountStore store = AccountStore.open(appData);
        Account production = store.add("Production", PRODUCTION);
        Account sandbox = store.add("Production", SANDBOX);

        assertThat(store.accountDirectory(production)).isDirectory().isNotEqualTo(store.accountDirectory(sandbox));
        assertThat(production.id()).startsWith("production-").isNotEqualTo(sandbox.id());
    }

    @Test
    void theFileHoldsNoToken() throws Exception {
        AccountStore store = AccountStore.open(appData);
        store.add("Production", PRODUCTION);

        String json = Files.readString(appData.resolve("accounts.json"));

        assertThat(json).contains("\"name\" : \"Production\"", "https://api.ocamba.com").doesNotContainIgnoringCase("token");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void fileAndFoldersAreOwnerOnly() throws Exception {
        AccountStore store = AccountStore.open(appData);
        Account production = store.add("Production", PRODUCTION);
        store.switchTo(production.id());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(appData.resolve("accounts.json"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.accountDirectory(production))))
                .isEqualTo("rwx------");
    }

    @Test
    void aDamagedFileIsReportedAndLeftAsItIs() throws Exception {
        Path file = appData.resolve("accounts.json");
        Files.writeString(file, "{ not json");

        assertThatThrownBy(() -> AccountStore.open(appData)).isInstanceOf(AccountsFileException.class)
                .hasMessageContaining("accounts.json").hasMessageContaining("left as it is");
        assertThat(file).hasContent("{ not json");
    }

    @Test
    void anAccountIdCannotEscapeTheAccountsFolder() throws Exception {
        Files.writeString(appData.resolve("accounts.json"),
                "{\"accounts\":[{\"id\":\"../../etc\",\"name\":\"x\",\"url\":\"https://api.ocamba.com\"}]}");

        assertThatThrownBy(() -> AccountStore.open(appData)).isInstanceOf(AccountsFileException.class)
                .hasMessageContaining("account id");
    }
}
