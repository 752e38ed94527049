package dev.hoodadmin.account;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Picks where tokens go: the OS keychain when one answers, otherwise memory only, with
 * {@link #NO_KEYCHAIN_MESSAGE} as the reason the UI shows beside the disabled "Remember" box.
 * Opening is bounded by a timeout because a half-working D-Bus can hang instead of failing.
 */
public final class CredentialStoreFactory {
    public static final String NO_KEYCHAIN_MESSAGE = "No system keychain is available; the token is kept for this session only.";
    private static final System.Logger LOG = System.getLogger(CredentialStoreFactory.class.getName());

    private final Keychain.Opener opener;
    private final Duration timeout;

    public CredentialStoreFactory(Keychain.Opener opener, Duration timeout) {
        this.opener = opener;
        this.timeout = timeout;
    }

    /** The real keychain of this machine, waiting at most 5 s for it. */
    public static CredentialStoreFactory forThisMachine() {
        return new CredentialStoreFactory(JavaKeyringKeychain::open, Duration.ofSeconds(5));
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /** Call off the JavaFX thread: it may wait up to the timeout. */
    public CredentialStore open() {
        return begin().await();
    }

    /**
     * Starts opening the keychain on a thread of its own and returns at once, so the caller can read its own files
     * meanwhile (the app's start reads the accounts file while the keychain library loads, about 0.1 s each).
     */
    public Opening begin() {
        CompletableFuture<Keychain> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(opener.open());
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "keychain-open");
        thread.setDaemon(true);
        thread.start();
        return new Opening(opening, timeout);
    }

    /** A keychain being opened; {@link #await} gives the store, {@link #abandon} releases it unused. */
    public static final class Opening {
        private final CompletableFuture<Keychain> opening;
        private final Duration timeout;

        private Opening(CompletableFuture<Keychain> opening, Duration timeout) {
            this.opening = opening;
            this.timeout = timeout;
        }

        /** The keychain's store once it answered, or the session-only store when it fails or stays silent. */
        public CredentialStore await() {
            try {
                return new KeyringCredentialStore(opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            } catch (ExecutionException e) {
                // expected on a machine without one (no Secret Service, say): tokens are kept for the session
                LOG.log(Level.INFO, "No system keychain, tokens are kept for the session only: {0}", reason(e.getCause()));
            } catch (TimeoutException e) {
                LOG.log(Level.WARNING, "The system keychain did not answer within {0} s", timeout.toSeconds());
                abandon(); // if it opens later after all, release it instead of leaking its connection
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SessionOnlyCredentialStore(NO_KEYCHAIN_MESSAGE);
        }

        /** Closes the keychain whenever it opens: its store is not wanted (the start failed, or it took too long). */
        public void abandon() {
            opening.thenAccept(Keychain::close);
        }
    }
}
