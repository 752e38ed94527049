package dev.hoodadmin.engine;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyLookup;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.files.OwnerOnly;
import dev.hoodadmin.outbox.CreationState;
import dev.hoodadmin.outbox.Creations;
import dev.hoodadmin.outbox.ChangeJournal;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxEvent;
import dev.hoodadmin.outbox.OutboxWorker;
import dev.hoodadmin.ratelimit.RateBudget;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.ratelimit.RetryAfter;
import dev.hoodadmin.store.AccountMeta;
import dev.hoodadmin.store.AppSchema;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.FolderLock;
import dev.hoodadmin.store.PropertyCache;
import dev.hoodadmin.time.ClockSleeper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

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
    /** Held while this process takes an account folder's lock, or holds it only briefly (see {@link #acquire}). */
    private static final Object BRIEF_HOLDS = new Object();

    private final FolderLock lock;
    private final Database database;
    private final Outbox outbox;
    private final OutboxWorker worker;
    private final PropertyPager pager;
    private final PropertySync properties;
    private final StagedEdits staged;
    private final Duration retryAfterCap;
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
        this.retryAfterCap = options.retryAfterCap();
        this.worker = new OutboxWorker(outbox, options.workerApi().apply(client), options.retryPolicy(),
                options.clock(), new ClockSleeper(options.clock()), retryAfterCap);
        this.pager = new PropertyPager(client, PropertyPager.Pause.REAL, retryAfterCap,
                new KeptPageSize(new AccountMeta(database)));
        this.properties = new PropertySync(pager, options.pageSize(),
                options.keepCopy() ? new PropertyCache(database, options.clock()) : null);
        this.staged = new StagedEdits(database);
        this.journal = new ChangeJournal(database);
        outbox.addListener(this::keepApplied);
    }

    /** Every applied edit and created property reaches the kept copy, whoever sent it (the window's worker or a command's). */
    private void keepApplied(OutboxEvent event) {
        if (event instanceof OutboxEvent.EditUpdated updated && updated.stateChanged()
                && updated.edit().state() == EditState.APPLIED) {
            properties.appliedEdit(updated.edit().propertyId(), updated.edit().changes());
        } else if (event instanceof OutboxEvent.CreationUpdated updated && updated.stateChanged()
                && updated.creation().state() == CreationState.CREATED) {
            properties.created(updated.creation().created());
        }
    }

    /**
     * @param folder the account's own folder (created owner-only if needed)
     * @throws AccountInUseException when another process holds the account
     */
    public static AccountWorkspace open(Path folder, Endpoint endpoint, ApiToken token, WorkspaceOptions options)
            throws IOException, AccountInUseException {
        OwnerOnly.createFolder(folder); // the account's own folder, inside the state folder
        FolderLock lock = acquire(folder).orElseThrow(() -> new AccountInUseException(folder));
        try {
            RequestGate gate = options.gates().newGate();
            HoodClient client = HoodClient.create(endpoint, token, gate, options.limits());
            Database database = Database.open(folder.resolve(DATA_FILE), AppSchema.current());
            return new AccountWorkspace(folder, endpoint, gate, client, lock, database, options);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * How many edits in the account folder's data file never reached the server (waiting, in flight, rejected,
     * failed or in conflict): what removing the account would lose. Zero when the folder has no data file yet;
     * empty while another process, or a workspace of this one, has the account open (ask that workspace's outbox).
     */
    public static OptionalInt unsentEdits(Path folder) throws IOException {
        if (!Files.isRegularFile(folder.resolve(DATA_FILE))) return OptionalInt.of(0);
        synchronized (BRIEF_HOLDS) { // an open() of this process waits for the count instead of failing
            Optional<FolderLock> lock = FolderLock.tryAcquire(folder.resolve(LOCK_FILE));
            if (lock.isEmpty()) return OptionalInt.empty();
            try (FolderLock held = lock.get();
                 Database database = Database.open(folder.resolve(DATA_FILE), AppSchema.current())) {
                return OptionalInt.of(unsent(new Outbox(database, Clock.systemUTC())));
            }
        }
    }

    /**
     * The account folder's lock. Counting unsent edits (the account menu) holds it for a moment from another
     * thread of this process: taking it under the same monitor waits out such a count rather than reporting the
     * account as open elsewhere.
     */
    private static Optional<FolderLock> acquire(Path folder) throws IOException {
        synchronized (BRIEF_HOLDS) {
            return FolderLock.tryAcquire(folder.resolve(LOCK_FILE));
        }
    }

    /** Edits of this outbox that never reached the server. */
    public static int unsent(Outbox outbox) {
        var counts = outbox.counts();
        return counts.active() + counts.needingAttention();
    }

    /**
     * Deletes an account's folder with everything in it (outbox, kept copy, journal), holding its lock so no
     * command starts on it meanwhile. Nothing is deleted while another process has the account open.
     */
    public static void deleteFolder(Path folder) throws IOException, AccountInUseException {
        if (!Files.isDirectory(folder)) return;
        Path lockFile = folder.resolve(LOCK_FILE);
        FolderLock lock = acquire(folder).orElseThrow(() -> new AccountInUseException(folder));
        List<Path> contents;
        try (Stream<Path> walk = Files.walk(folder)) {
            contents = walk.sorted(Comparator.reverseOrder()).toList(); // files before their folders
        }
        try {
            for (Path path : contents) {
                if (!path.equals(lockFile) && !path.equals(folder)) Files.delete(path);
            }
        } finally {
            lock.close();
        }
        Files.deleteIfExists(lockFile);
        Files.delete(folder);
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

    /**
     * Reads list pages for this account, as large as its server serves: the maximum learned once is kept in the
     * data file and used by the window and every command.
     */
    public PropertyPager pager() {
        return pager;
    }

    /** The account's properties, kept in step with the server and with the copy in the data file. */
    public PropertySync properties() {
        return properties;
    }

    /** The custom properties queued for creation (sent by {@link #worker()}). */
    public Creations creations() {
        return outbox.creations();
    }

    /** Checks new properties against the account (labels unique among the known rows and queued creations). */
    public NewPropertyCheck newPropertyCheck() {
        return new NewPropertyCheck(properties, outbox.creations());
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

    /** The current values of these properties, read in as few requests as the server allows; ids it refuses or
     *  does not know are absent. */
    public Map<String, ProfileProperty> currentValues(Collection<String> ids) throws HoodApiException, InterruptedException {
        return new PropertyLookup(pager).read(ids).found();
    }

    /** Moves staged rows into the outbox, reading the current values in as few requests as the server allows. */
    public EditAdmission admission() {
        return new EditAdmission(outbox, worker, staged, new PropertyLookup(pager));
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
