package dev.hoodadmin.ratelimit;

/** Gate consulted before every request. */
public interface RequestGate {

    /** Blocks until a request may be sent now without exceeding the known budget. */
    Permit acquire() throws InterruptedException;

    /** One request in flight. Exactly one of the two methods is called once. */
    interface Permit {
        /** A response arrived (any status, including 429). */
        void completed(RateLimitHeaders headers);

        /** No response (IOException, timeout). */
        void failed();
    }

    /** No waiting and no bookkeeping, for tests that don't care about the budget. */
    RequestGate UNLIMITED = () -> new Permit() {
        @Override
        public void completed(RateLimitHeaders headers) {
        }

        @Override
        public void failed() {
        }
    };
}
