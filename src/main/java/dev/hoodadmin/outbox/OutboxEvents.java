package dev.hoodadmin.outbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listeners, and delivery that survives them: a listener that throws is logged and the others still hear. */
final class OutboxEvents {
    private static final System.Logger LOG = System.getLogger(OutboxEvents.class.getName());
    private final List<OutboxListener> listeners = new CopyOnWriteArrayList<>();

    void add(OutboxListener listener) {
        listeners.add(listener);
    }

    void remove(OutboxListener listener) {
        listeners.remove(listener);
    }

    void publish(OutboxEvent event) {
        for (OutboxListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "An outbox listener failed on " + event.getClass().getSimpleName()
                        + "; the outbox goes on", e);
            }
        }
    }
}
