package dev.hoodadmin.ratelimit;

/** A monotonic time source in nanoseconds; injected so tests can run on a fake clock. */
@FunctionalInterface
public interface Ticker {

    /** Nanoseconds since an arbitrary origin; only differences are meaningful. */
    long nanoTime();

    static Ticker system() {
        return System::nanoTime;
    }
}
