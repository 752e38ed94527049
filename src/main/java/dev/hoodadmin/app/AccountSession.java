package dev.hoodadmin.app;

import dev.hoodadmin.account.AppDataDirectory;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxWorker;
import dev.hoodadmin.ratelimit.RateBudget;
import dev.hoodadmin.ratelimit.RateBudgetConfig;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.FolderLock;
import dev.hoodadmin.store.PropertyCache;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Everything the window needs to work on one account: the client behind the account's rate budget,
 * and the account's own data file ({@value #OUTBOX_FILE}: its outbox with the worker, and its cache of
 * properties last read). Opening it starts the worker, which first
 * resends what a previous run left in flight. Open and close it off the JavaFX thread (disk I/O).
 */
public final class AccountSession implements AutoCloseable {
    static final String OUTBOX_FILE = "outbox.db";
    static final String LOCK_FILE = "outbox.lock";

    private final Endpoint endpoint;
    private final boolean demo;
    private final RateBudget budget;
    private final HoodClient client;
    private final FolderLock lock;
    private final Database database;
    private final Outbox outbox;
    private final OutboxWorker worker;
    private final PropertyCache propertyCache;

    private AccountSession(Endpoint endpoint, boolean demo, RateBudget budget, HoodClient client, FolderLock lock,
                           Database database, Outbox outbox, OutboxWorker worker, PropertyCache propertyCache) {
        this.endpoint = endpoint;
        this.demo = demo;
        this.budget = budget;
        this.client = client;
        this.lock = lock;
        this.database = database;
        this.outbox = outbox;
        this.worker = worker;
        this.propertyCache = propertyCache;
    }

    /**
     * @param folder the account's own folder (outbox and lock live there)
     * @throws AccountInUseException when another Hood Admin process works on this account's outbox
     */
    public static AccountSession open(Path folder, Endpoint endpoint, ApiToken token, boolean demo)
            throws IOException, AccountInUseException {
        AppDataDirectory.ensureExists(folder);
        FolderLock lock = FolderLock.tryAcquire(folder.resolve(LOCK_FILE))
                .orElseThrow(() -> new AccountInUseException(folder));
        try {
            RateBudget budget = RateBudget.withSystemClock(RateBudgetConfig.defaults());
            HoodClient client = HoodClient.create(endpoint, token, budget);
            Database database = Database.open(folder.resolve(OUTBOX_FILE), AppSchema.current());
            Clock clock = Clock.systemUTC();
            Outbox outbox = new Outbox(database, clock);
            OutboxWorker worker = OutboxWorker.create(outbox, client, clock);
            worker.start();
            return new AccountSession(endpoint, demo, budget, client, lock, database, outbox, worker,
                    new PropertyCache(database, clock));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public boolean isDemo() {
        return demo;
    }

    public RateBudget budget() {
        return budget;
    }

    public HoodClient client() {
        return client;
    }

    public Outbox outbox() {
        return outbox;
    }

    public OutboxWorker worker() {
        return worker;
    }

    /** The account's properties as last read, in the same data file as its outbox. */
    public PropertyCache propertyCache() {
        return propertyCache;
    }

    /** Stops sending (edits not yet applied stay in the outbox for the next start) and releases the files. */
    @Override
    public void close() {
        try {
            worker.close();
        } finally {
            try {
                database.close();
            } finally {
                lock.close();
            }
        }
    }

    /** Another process holds this account's outbox. */
    public static final class AccountInUseException extends Exception {
        public AccountInUseException(Path folder) {
            super("Another Hood Admin window or command is already working on this account (" + folder
                    + "). Close it, or wait for it to finish.");
        }
    }
}
