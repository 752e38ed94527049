package dev.hoodadmin.ui.main;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadErrorTest {

    @Test
    void titleEndingInAFullStopIsFollowedByTheMessage() {
        ApiError error = new ApiError(ApiErrorKind.BAD_REQUEST, 400, "Bad request.", "The request body is not valid.",
                "99a84211", null);

        LoadError shown = LoadError.from(error);

        assertThat(shown.detail()).isEqualTo("400 Bad request. The request body is not valid.");
        assertThat(shown.traceId()).isEqualTo("99a84211");
    }

    @Test
    void missingMessageStillReadsAsASentenceWithAdvice() {
        ApiError error = new ApiError(ApiErrorKind.SERVER_ERROR, 500, "Internal server error", null, "t-500", null);

        assertThat(LoadError.from(error).detail())
                .isEqualTo("500 Internal server error. Check the connection and the API URL, then Reload.");
    }

    @Test
    void noResponseHasNoStatusAndNoTraceId() {
        LoadError shown = LoadError.from(ApiError.network("Connection refused"));

        assertThat(shown.detail()).startsWith("No response from server: Connection refused.");
        assertThat(shown.traceId()).isNull();
    }

    @Test
    void blankTraceIdCountsAsNone() {
        ApiError error = new ApiError(ApiErrorKind.NOT_FOUND, 404, "Not found", "", " ", null);

        LoadError shown = LoadError.from(error);

        assertThat(shown.detail()).isEqualTo("404 Not found.");
        assertThat(shown.traceId()).isNull();
    }
}
