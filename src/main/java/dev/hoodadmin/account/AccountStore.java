package dev.hoodadmin.account;

import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.files.OwnerOnly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The accounts the person has added (e.g. production and sandbox) and which one is active, kept in
 * {@code accounts.json} in the app-data folder. Every change is written before it takes effect in
 * memory, so what is shown is what is on disk. Each account has its own data folder (outbox, cache),
 * so switching account switches outbox. Thread-safe: callers write from background threads.
 */
public final class AccountStore {
    private final AccountsFile file;
    private final Path accountsRoot;
    private final RandomGenerator random;
    private AccountsFile.Content content;

    AccountStore(AccountsFile file, Path accountsRoot, RandomGenerator random) throws IOException {
        this.file = file;
        this.accountsRoot = accountsRoot;
        this.random = random;
        this.content = file.read();
    }

    /** Reads {@code accounts.json} from the app-data folder; throws {@link AccountsFileException} if it is damaged. */
    public static AccountStore open(Path appDataDirectory) throws IOException {
        // not RandomGenerator.getDefault(): its module (jdk.random) is not in the installed runtime
        return new AccountStore(new AccountsFile(appDataDirectory.resolve(AccountsFile.NAME)),
                appDataDirectory.resolve("accounts"), new SecureRandom());
    }

    public synchronized List<Account> accounts() {
        return content.accounts();
    }

    public synchronized Optional<Account> active() {
        return find(content.activeId());
    }

    public synchronized Optional<Account> find(String id) {
        return content.accounts().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The first account for this API URL, e.g. to reuse its outbox when a token comes from the environment. */
    public synchronized Optional<Account> findByEndpoint(Endpoint endpoint) {
        return content.accounts().stream().filter(a -> sameServer(a, endpoint)).findFirst();
    }

    /** Any spelling of the account's server matches (localhost and 127.0.0.1, a default port written out). */
    private static boolean sameServer(Account account, Endpoint endpoint) {
        try {
            return Endpoint.parse(account.endpointUrl()).sameServerAs(endpoint);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    public synchronized Account add(String displayName, Endpoint endpoint) throws IOException {
        Account account = new Account(newId(Account.requireName(displayName)), displayName, endpoint.toString());
        List<Account> accounts = new ArrayList<>(content.accounts());
        accounts.add(account);
        save(new AccountsFile.Content(accounts, content.activeId()));
        return account;
    }

    /**
     * Removes the account from the list. Its data folder is not touched here: the caller deletes it first, once
     * the person agreed to lose what its outbox holds ({@link #dataFolder}).
     */
    public synchronized void remove(String id) throws IOException {
        List<Account> accounts = new ArrayList<>(content.accounts());
        if (!accounts.removeIf(a -> a.id().equals(id))) return;
        save(new AccountsFile.Content(accounts, id.equals(content.activeId()) ? null : content.activeId()));
    }

    public synchronized Account rename(String id, String newName) throws IOException {
        Account renamed = require(id).withDisplayName(newName);
        List<Account> accounts = new ArrayList<>(content.accounts());
        accounts.replaceAll(a -> a.id().equals(id) ? renamed : a);
        save(new AccountsFile.Content(accounts, content.activeId()));
        return renamed;
    }

    /** Makes this account the one the app opens with next time. */
    public synchronized void switchTo(String id) throws IOException {
        require(id);
        if (!id.equals(content.activeId())) save(new AccountsFile.Content(content.accounts(), id));
    }

    /** After sign-out: the next start shows the sign-in screen. */
    public synchronized void clearActive() throws IOException {
        if (content.activeId() != null) save(new AccountsFile.Content(content.accounts(), null));
    }

    /** Where the account's outbox and cache are, whether or not the folder exists yet. */
    public Path dataFolder(Account account) {
        return accountsRoot.resolve(account.id());
    }

    /** The account's own folder for its outbox and cache, created owner-only if needed. */
    public Path accountDirectory(Account account) throws IOException {
        OwnerOnly.createFolder(accountsRoot);
        return OwnerOnly.createFolder(dataFolder(account));
    }

    private Account require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No account with id '" + id + "'"));
    }

    private void save(AccountsFile.Content next) throws IOException {
        Files.createDirectories(file.path().getParent());
        file.write(next);
        content = next;
    }

    /** A readable slug of the name plus a random suffix, so a removed account's folder is never reused by a new one. */
    private String newId(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) slug = "account";
        if (slug.length() > 40) slug = slug.substring(0, 40).replaceAll("-+$", "");
        String id;
        do {
            id = slug + "-" + String.format("%06x", random.nextInt(1 << 24));
        } while (find(id).isPresent() || Files.exists(accountsRoot.resolve(id)));
        return id;
    }
}
