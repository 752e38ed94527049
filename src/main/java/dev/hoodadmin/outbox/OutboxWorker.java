package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.PropertyApi;
import dev.hoodadmin.time.ClockSleeper;
import dev.hoodadmin.time.Sleeper;
import dev.hoodadmin.ratelimit.RetryAfter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends the outbox's edits in the background, one PATCH at a time (the rate budget inside the API client
 * does the pacing), and when no edit is due, the queued creations of custom properties. On start, edits a
 * crash left in flight are sent again, and creations left in flight look for their label before they are.
 * A refused token pauses the queue until {@link #resume()}; nothing is dropped meanwhile.
 */
public final class OutboxWorker implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OutboxWorker.class.getName());
    private static final Duration PAUSE_AFTER_INTERNAL_FAULT = Duration.ofSeconds(5);
    private static final long STOP_GRACE_SECONDS = 10;

    private final SendQueue queue;
    private final EditSender sender;
    private final CreationSender creationSender;
    private final Creations creations;
    private final ConflictCheck conflicts;
    private final Outbox outbox;
    private final Clock clock;
    private final WakeableSleep sleeper;
    private final OutboxListener wakeOnChange = this::onOutboxEvent;
    private final Object changeMonitor = new Object();

    private ExecutorService executor;
    private volatile Thread workerThread;
    private volatile boolean running;
    private volatile boolean paused;
    private volatile boolean idleObserved;  // the worker last found nothing due and published its events
    private long changeCount;               // guarded by changeMonitor
    private Instant holdUntil;              // worker thread only
    private boolean sentSinceDrained;       // worker thread only
    private boolean recoverBeforeNextTurn;  // worker thread only

    /** @param sleeper passes the time while the worker waits for {@code clock} to reach an edit's next attempt */
    public OutboxWorker(Outbox outbox, PropertyApi api, RetryPolicy retryPolicy, Clock clock, Sleeper sleeper) {
        this(outbox, api, retryPolicy, clock, sleeper, RetryAfter.MAX_WAIT);
    }

    /** {@code retryAfterCap}: the longest wait a 429 may impose on the queue (tests use a short one). */
    public OutboxWorker(Outbox outbox, PropertyApi api, RetryPolicy retryPolicy, Clock clock, Sleeper sleeper,
                        Duration retryAfterCap) {
        this.outbox = outbox;
        this.queue = outbox.sendQueue();
        this.conflicts = new ConflictCheck(clock);
        this.sender = new EditSender(queue, api, retryPolicy, clock, retryAfterCap, conflicts);
        this.creations = outbox.creations();
        this.creationSender = new CreationSender(creations, api, retryPolicy, clock, retryAfterCap);
        this.clock = clock;
        this.sleeper = new WakeableSleep(clock, sleeper);
    }

    /** A worker on the real clock with the standard backoff. */
    public static OutboxWorker create(Outbox outbox, PropertyApi api, Clock clock) {
        return new OutboxWorker(outbox, api, RetryPolicy.standard(new Random()), clock, new ClockSleeper(clock));
    }

    /** Puts edits left in flight back first in line, then starts sending on a background thread. */
    public synchronized void start() {
        if (running) return;
        int recovered = queue.recoverInterrupted() + creations.recoverInterrupted();
        if (recovered > 0) LOG.log(System.Logger.Level.INFO, recovered + " edit(s) interrupted mid-request will be sent again");
        outbox.addListener(wakeOnChange);
        paused = false; // a fresh start tries the token again; a refusal pauses again
        running = true;
        executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "hood-outbox-worker");
            thread.setDaemon(true); // an in-flight edit stays SENDING and is resent on the next start
            return thread;
        });
        executor.execute(this::run);
    }

    /** Stops sending. A request in flight is cut short and its edit goes back first in line. */
    public synchronized void stop() {
        if (executor == null) return;
        running = false;
        outbox.removeListener(wakeOnChange);
        executor.shutdownNow();
        sleeper.wakeUp();
        try {
            if (!executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "The outbox worker did not stop in time; its edit is resent on next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
        signalChange();
    }

    @Override
    public void close() {
        stop();
    }

    /** Goes on sending after a pause for credentials. */
    public void resume() {
        if (!paused) return;
        paused = false;
        queue.announce(new OutboxEvent.QueueResumed());
        sleeper.wakeUp();
        signalChange();
    }

    /** Goes on sending through a new API client (one holding new credentials). */
    public void resume(PropertyApi withNewCredentials) {
        sender.useApi(withNewCredentials);
        creationSender.useApi(withNewCredentials);
        resume();
    }

    /**
     * The server held these values just now (a read made anyway, e.g. {@code apply}'s): edits of these properties
     * are checked against them without reading again for a minute.
     */
    public void serverValuesRead(Collection<ProfileProperty> properties) {
        conflicts.saw(properties);
    }

    /** Looks at the queue again now (e.g. after the computer woke from sleep). */
    public void wakeUp() {
        sleeper.wakeUp();
    }

    /** The clock the worker's waits are measured on: what shows those waits reads this one. */
    public Clock clock() {
        return clock;
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isPausedForCredentials() {
        return paused;
    }

    /** True when no edit or creation is pending or in flight. */
    public boolean isIdle() {
        return !hasActiveWork();
    }

    private boolean hasActiveWork() {
        return queue.hasActiveEdits() || creations.hasActive();
    }

    /**
     * Blocks until no edit is pending or in flight, or the queue pauses for credentials, or the worker is
     * not running. Edits waiting out a backoff are waited for.
     */
    public DrainResult awaitDrained() throws InterruptedException {
        while (true) {
            long seen;
            synchronized (changeMonitor) {
                seen = changeCount;
            }
            if (!running) return DrainResult.STOPPED;
            if (paused) return DrainResult.PAUSED_FOR_CREDENTIALS;
            if (idleObserved && !hasActiveWork()) return DrainResult.DRAINED;
            synchronized (changeMonitor) {
                while (changeCount == seen) changeMonitor.wait();
            }
        }
    }

    private void run() {
        workerThread = Thread.currentThread();
        try {
            while (running) {
                try {
                    turn();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "The outbox worker hit a problem; it tries again shortly", e);
                    recoverBeforeNextTurn = true; // e.g. a 204 that could not be recorded leaves its edit SENDING
                    try {
                        sleeper.sleepUntil(clock.instant().plus(PAUSE_AFTER_INTERNAL_FAULT));
                    } catch (InterruptedException stopped) {
                        return;
                    }
                }
                signalChange();
            }
        } finally {
            running = false;
            signalChange();
        }
    }

    private void turn() throws InterruptedException {
        if (recoverBeforeNextTurn) {
            queue.recoverInterrupted(); // nothing is in flight between turns, so SENDING means unanswered
            creations.recoverInterrupted();
            recoverBeforeNextTurn = false;
        }
        if (paused) {
            sleeper.sleepUntil(null);
            return;
        }
        if (holdUntil != null && clock.instant().isBefore(holdUntil)) {
            sleeper.sleepUntil(holdUntil);
            return;
        }
        holdUntil = null;
        SendStep step = sender.sendNextDue();
        if (step instanceof SendStep.Idle editsIdle) step = creationSender.sendNextDue(editsIdle.nextDueAt());
        if (step instanceof SendStep.Idle idle) {
            if (idle.nextDueAt() == null) {
                announceDrainedOnce();
                idleObserved = true; // only now have all events of the drain been published
                signalChange();
            }
            sleeper.sleepUntil(idle.nextDueAt());
            return;
        }
        sentSinceDrained = true;
        idleObserved = false;
        if (step instanceof SendStep.CredentialsNeeded needed) {
            paused = true;
            queue.announce(new OutboxEvent.QueuePausedForCredentials(needed.error()));
        } else if (step instanceof SendStep.RateLimited limited) {
            holdUntil = limited.holdUntil();
        }
    }

    private void announceDrainedOnce() {
        if (sentSinceDrained && !hasActiveWork()) {
            sentSinceDrained = false;
            queue.announce(new OutboxEvent.QueueDrained());
        }
    }

    private void onOutboxEvent(OutboxEvent event) {
        if (Thread.currentThread() != workerThread) {
            idleObserved = false; // someone else changed the queue: the worker has to look again
            sleeper.wakeUp(); // the worker's own changes need no wake-up
        }
        signalChange();
    }

    private void signalChange() {
        synchronized (changeMonitor) {
            changeCount++;
            changeMonitor.notifyAll();
        }
    }
}
