package dev.hoodadmin.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when told. */
final class ManualClock extends Clock {
    static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    @Override
    public Instant instant() {
        return now.get();
    }

    void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** Moves forward to {@code moment}; never backwards. */
    void advanceTo(Instant moment) {
        now.updateAndGet(t -> moment.isAfter(t) ? moment : t);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
