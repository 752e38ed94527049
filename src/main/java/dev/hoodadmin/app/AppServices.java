package dev.hoodadmin.app;

import dev.hoodadmin.account.AppDataDirectory;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.account.CredentialStore;
import dev.hoodadmin.account.CredentialStoreFactory;
import dev.hoodadmin.logging.AppLogging;
import dev.hoodadmin.logging.SecretRedactor;
import dev.hoodadmin.ui.common.BackgroundTasks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/**
 * What lives as long as the app: its data folder, the redacting log, the background pool, the
 * keychain and the accounts file. Opening touches disk and the keychain: do it off the JavaFX thread.
 */
public final class AppServices implements AutoCloseable {
    private final Path dataDirectory;
    private final SecretRedactor redactor;
    private final AppLogging logging;
    private final ExecutorService background;
    private final BackgroundTasks tasks;
    private final CredentialStore credentials;
    private final AccountStore accounts;

    private AppServices(Path dataDirectory, SecretRedactor redactor, AppLogging logging, ExecutorService background,
                        CredentialStore credentials, AccountStore accounts) {
        this.dataDirectory = dataDirectory;
        this.redactor = redactor;
        this.logging = logging;
        this.background = background;
        this.tasks = BackgroundTasks.onFxThread(background);
        this.credentials = credentials;
        this.accounts = accounts;
    }

    public static AppServices open() throws IOException {
        return open(AppDataDirectory.resolveForThisMachine(null));
    }

    public static AppServices open(Path folder) throws IOException {
        Path dataDirectory = AppDataDirectory.ensureExists(folder);
        SecretRedactor redactor = new SecretRedactor();
        AppLogging logging = AppLogging.install(dataDirectory, redactor);
        ExecutorService background = BackgroundExecutor.create("hood-background", 3);
        // the keychain opens while the accounts file is read: the start waits for both
        CredentialStoreFactory.Opening keychain = CredentialStoreFactory.forThisMachine().begin();
        AccountStore accounts;
        try {
            accounts = AccountStore.open(dataDirectory);
        } catch (IOException | RuntimeException e) {
            keychain.abandon();
            throw e;
        }
        CredentialStore credentials = keychain.await();
        return new AppServices(dataDirectory, redactor, logging, background, credentials, accounts);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public SecretRedactor redactor() {
        return redactor;
    }

    public Path logDirectory() {
        return logging.logDirectory();
    }

    public ExecutorService background() {
        return background;
    }

    /** The views' way to use the background pool: work there, outcomes on the JavaFX thread. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    public CredentialStore credentials() {
        return credentials;
    }

    public AccountStore accounts() {
        return accounts;
    }

    /** Demo mode keeps its own outbox, apart from every real account's. */
    public Path demoDirectory() {
        return dataDirectory.resolve("demo");
    }

    @Override
    public void close() {
        background.shutdownNow();
        credentials.close();
        logging.close();
    }
}
