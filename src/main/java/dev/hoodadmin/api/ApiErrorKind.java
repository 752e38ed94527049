package dev.hoodadmin.api;

/** What went wrong with a request, in the terms the client acts on. */
public enum ApiErrorKind {
    /** 400: the request is invalid; never resend it unchanged. */
    BAD_REQUEST,
    /** 401: token missing or wrong. */
    UNAUTHORIZED,
    /** 403: token without rights. */
    FORBIDDEN,
    /** 404: no such property. */
    NOT_FOUND,
    /** 429: a rate or parallel-request limit; see {@link ApiError#retryAfterSeconds()}. */
    RATE_LIMITED,
    /** 5xx. */
    SERVER_ERROR,
    /** No response: connection refused or dropped, timeout. The request may or may not have been applied. */
    NETWORK,
    /** A response whose body could not be understood. */
    MALFORMED_RESPONSE,
    /** A 3xx: redirects are never followed, so credentials never leave for another host. */
    REDIRECT,
    /** Any other status. */
    UNEXPECTED;

    static ApiErrorKind forStatus(int status) {
        if (status == 400) return BAD_REQUEST;
        if (status == 401) return UNAUTHORIZED;
        if (status == 403) return FORBIDDEN;
        if (status == 404) return NOT_FOUND;
        if (status == 429) return RATE_LIMITED;
        if (status >= 500 && status <= 599) return SERVER_ERROR;
        if (status >= 300 && status <= 399) return REDIRECT;
        return UNEXPECTED;
    }

    /** Worth sending again later without any change by the person. */
    public boolean isTransient() {
        return this == RATE_LIMITED || this == SERVER_ERROR || this == NETWORK;
    }

    public boolean isAuthentication() {
        return this == UNAUTHORIZED || this == FORBIDDEN;
    }
}
