package dev.hoodadmin.account;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** An in-memory keychain that, like java-keyring, throws for absent entries; can be told to refuse writes and deletes. */
public final class FakeKeychain implements Keychain {
    private final Map<String, String> entries = new ConcurrentHashMap<>();
    private volatile boolean refuseChanges;
    private final CountDownLatch closed = new CountDownLatch(1);

    public FakeKeychain refuseChanges() {
        refuseChanges = true;
        return this;
    }

    public Map<String, String> entries() {
        return entries;
    }

    @Override
    public String read(String service, String account) throws KeychainException {
        String secret = entries.get(service + "/" + account);
        if (secret == null) throw new KeychainException("No entry for " + service + "/" + account, null);
        return secret;
    }

    @Override
    public void write(String service, String account, String secret) throws KeychainException {
        if (refuseChanges) throw new KeychainException("The collection is locked", null);
        entries.put(service + "/" + account, secret);
    }

    @Override
    public void delete(String service, String account) throws KeychainException {
        if (refuseChanges || entries.remove(service + "/" + account) == null) {
            throw new KeychainException("Cannot delete " + service + "/" + account, null);
        }
    }

    @Override
    public void close() {
        closed.countDown();
    }

    /** Whether {@link #close()} was called, waiting at most {@code wait} for it. */
    public boolean closedWithin(Duration wait) throws InterruptedException {
        return closed.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
