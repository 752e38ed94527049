package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ApiError;

/**
 * A failed load as the person reads it: what failed, why and what to try, plus the server's
 * trace id (null if it gave none) for support. Never a stack trace.
 */
public record LoadError(String headline, String detail, String traceId) {
    static final String HEADLINE = "Could not load properties";

    public static LoadError from(ApiError error) {
        StringBuilder detail = new StringBuilder();
        if (error.status() > 0) detail.append(error.status()).append(' ');
        detail.append(error.title() == null || error.title().isBlank() ? "Request failed" : error.title());
        if (error.message() != null && !error.message().isBlank()) {
            if (!endsWithPunctuation(detail)) detail.append(':');
            detail.append(' ').append(error.message());
        }
        if (!endsWithPunctuation(detail)) detail.append('.');
        String advice = advice(error);
        if (!advice.isEmpty()) detail.append(' ').append(advice);
        return new LoadError(HEADLINE, detail.toString(), blankToNull(error.traceId()));
    }

    /** A failure the client did not expect (a bug): the details are in the log, not in the window. */
    public static LoadError unexpected(Throwable failure) {
        String what = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        return new LoadError(HEADLINE, "Unexpected problem: " + what + ". Details are in the log; try Reload.", null);
    }

    public static LoadError interrupted() {
        return new LoadError(HEADLINE, "Loading was interrupted before it finished. Try Reload.", null);
    }

    private static String advice(ApiError error) {
        return switch (error.kind()) {
            case UNAUTHORIZED, FORBIDDEN -> "Check that the API token (HOOD_API_TOKEN) is valid and may read profile properties.";
            case RATE_LIMITED -> "The account's request limit was reached; wait a minute, then Reload.";
            case SERVER_ERROR, NETWORK, MALFORMED_RESPONSE -> "Check the connection and the API URL, then Reload.";
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
