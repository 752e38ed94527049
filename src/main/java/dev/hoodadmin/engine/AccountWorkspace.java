package dev.hoodadmin.engine;

import dev.hoodadmin.account.AppDataDirectory;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.time.ClockSleeper;
import dev.hoodadmin.outbox.ChangeJournal;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxEvent;
import dev.hoodadmin.outbox.OutboxWorker;
import dev.hoodadmin.ratelimit.RateBudget;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.FolderLock;
import dev.hoodadmin.store.PropertyCache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything one account needs, opened in one place for the window, every command and the tests: the folder
 * lock, the client behind the account's request gate, the data file ({@value #DATA_FILE}) with the outbox and
 * its worker, the kept copy of the properties with their sync, and the staged rows of edits files.
 *
 * <p>The worker is created but not started: the window starts it at once, {@code apply} and {@code resume}
 * when their rows are queued, and {@code list} never. Open and close off the JavaFX thread (disk I/O).
 */
public final class AccountWorkspace implements AutoCloseable {
    public static final String DATA_FILE = "outbox.db";
    static final String LOCK_FILE = "outbox.lock";

    private final Path folder;
    private final Endpoint endpoint;
    private final RequestGate gate;
    private final HoodClient client;
    private final FolderLock lock;
    private final Database database;
    private final Outbox outbox;
    private final OutboxWorker worker;
    private final PropertySync properties;
    private final StagedEdits staged;
    private final ChangeJournal journal;

    private AccountWorkspace(Path folder, Endpoint endpoint, RequestGate gate, HoodClient client, FolderLock lock,
                             Database database, WorkspaceOptions options) {
        this.folder = folder;
        this.endpoint = endpoint;
        this.gate = gate;
        this.client = client;
        this.lock = lock;
        this.database = database;
        this.outbox = new Outbox(database, options.clock());
        this.worker = new OutboxWorker(outbox, options.workerApi().apply(client), options.retryPolicy(),
                options.clock(), new ClockSleeper(options.clock()));
        this.properties = new PropertySync(new PropertyPager(client, PropertyPager.Pause.REAL), options.pageSize(),
                options.keepCopy() ? new PropertyCache(database, options.clock()) : null);
        this.staged = new StagedEdits(database);
        this.journal = new ChangeJournal(database);
        outbox.addListener(this::keepApplied);
    }

    /** Every applied edit reaches the kept copy, whoever sent it (the window's worker or a command's). */
    private void keepApplied(OutboxEvent event) {
        if (event instanceof OutboxEvent.EditUpdated updated && updated.stateChanged()
                && updated.edit().state() == EditState.APPLIED) {
            properties.appliedEdit(updated.edit().propertyId(), updated.edit().changes());
        }
    }

    /**
     * @param folder the account's own folder (created owner-only if needed)
     * @throws AccountInUseException when another process holds the account
     */
    public static AccountWorkspace open(Path folder, Endpoint endpoint, ApiToken token, WorkspaceOptions options)
            throws IOException, AccountInUseException {
        AppDataDirectory.ensureExists(folder);
        FolderLock lock = FolderLock.tryAcquire(folder.resolve(LOCK_FILE))
                .orElseThrow(() -> new AccountInUseException(folder));
        try {
            RequestGate gate = options.gates().newGate();
            HoodClient client = HoodClient.create(endpoint, token, gate);
            Database database = Database.open(folder.resolve(DATA_FILE), AppSchema.current());
            return new AccountWorkspace(folder, endpoint, gate, client, lock, database, options);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Path folder() {
        return folder;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** Every request for this account passes this gate. */
    public RequestGate gate() {
        return gate;
    }

    /** The gate as a rate budget (to show and estimate), unless a test opened the account without limits. */
    public Optional<RateBudget> budget() {
        return gate instanceof RateBudget budget ? Optional.of(budget) : Optional.empty();
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

    /** The account's properties, kept in step with the server and with the copy in the data file. */
    public PropertySync properties() {
        return properties;
    }

    /** Every field change the server accepted for this account, kept after the queue is cleared. */
    public ChangeJournal journal() {
        return journal;
    }

    /** Undo and redo of whole batches, through the outbox. */
    public BatchUndo undo() {
        return new BatchUndo(outbox, journal);
    }

    /** Checked rows of edits files waiting to enter the outbox. */
    public StagedEdits staged() {
        return staged;
    }

    /** Moves staged rows into the outbox, reading the current values with {@code reader}. */
    public EditAdmission admission(CurrentValuesReader reader) {
        return new EditAdmission(outbox, worker, database, staged, reader);
    }

    /** Stops sending (edits not yet applied stay for the next open) and releases the files. */
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
}
