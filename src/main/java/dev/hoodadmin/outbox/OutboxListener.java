package dev.hoodadmin.outbox;

/** Hears outbox events. Must return quickly: it runs on the thread that made the change, often the worker. */
@FunctionalInterface
public interface OutboxListener {
    void onEvent(OutboxEvent event);
}
