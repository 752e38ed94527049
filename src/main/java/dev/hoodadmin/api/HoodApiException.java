package dev.hoodadmin.api;

/** A request that did not succeed; {@link #error()} says how, in the server's words where it gave any. */
public final class HoodApiException extends Exception {
    private final ApiError error;

    public HoodApiException(ApiError error) {
        super(error.summary());
        this.error = error;
    }

    public HoodApiException(ApiError error, Throwable cause) {
        super(error.summary(), cause);
        this.error = error;
    }

    public ApiError error() {
        return error;
    }

    public ApiErrorKind kind() {
        return error.kind();
    }
}
