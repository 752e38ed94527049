package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.ui.text.Texts;

/**
 * A failed load as the person reads it: what failed, why and what to try, plus the server's
 * trace id (null if it gave none) for support. Never a stack trace.
 */
public record LoadError(String headline, String detail, String traceId) {
    public static LoadError from(ApiError error) {
        StringBuilder detail = new StringBuilder();
        if (error.status() > 0) detail.append(error.status()).append(' ');
        detail.append(error.title() == null || error.title().isBlank() ? Texts.get("load.error.requestFailed") : error.title());
        if (error.message() != null && !error.message().isBlank()) {
            if (!endsWithPunctuation(detail)) detail.append(':');
            detail.append(' ').append(error.message());
        }
        if (!endsWithPunctuation(detail)) detail.append('.');
        String advice = advice(error);
        if (!advice.isEmpty()) detail.append(' ').append(advice);
        return new LoadError(loadHeadline(), detail.toString(), blankToNull(error.traceId()));
    }

    /** A failure the client did not expect (a bug): the details are in the log, not in the window. */
    public static LoadError unexpected(Throwable failure) {
        String what = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        return new LoadError(loadHeadline(), Texts.get("load.error.unexpected", what), null);
    }

    public static LoadError interrupted() {
        return new LoadError(loadHeadline(), Texts.get("load.error.interrupted"), null);
    }

    private static String loadHeadline() {
        return Texts.get("load.error.headline");
    }

    private static String advice(ApiError error) {
        return switch (error.kind()) {
            case UNAUTHORIZED, FORBIDDEN -> Texts.get("load.error.advice.token");
            case RATE_LIMITED -> Texts.get("load.error.advice.rateLimited");
            case SERVER_ERROR, NETWORK, MALFORMED_RESPONSE -> Texts.get("load.error.advice.connection");
            case BAD_REQUEST, NOT_FOUND, REDIRECT, UNEXPECTED -> "";
        };
    }

    private static boolean endsWithPunctuation(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
