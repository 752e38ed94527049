package dev.hoodadmin.logging;

import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * Redacts the finished text of a record, after the message, its parameters and the stack trace
 * (including exception messages and causes) have been put together, so no part escapes.
 */
public final class RedactingFormatter extends Formatter {
    private final SecretRedactor redactor;
    private final Formatter inner;

    public RedactingFormatter(SecretRedactor redactor, Formatter inner) {
        this.redactor = redactor;
        this.inner = inner;
    }

    @Override
    public String format(LogRecord record) {
        return redactor.redact(inner.format(record));
    }

    @Override
    public String getHead(java.util.logging.Handler handler) {
        return redactor.redact(inner.getHead(handler));
    }

    @Override
    public String getTail(java.util.logging.Handler handler) {
        return redactor.redact(inner.getTail(handler));
    }
}
