package dev.hoodadmin.api;

import java.time.Duration;

/**
 * Bounds on one exchange with the server, so a hostile or broken server can neither hang a request nor
 * fill the memory: {@code deadline} covers the whole exchange (headers and the complete body), and a body
 * longer than its cap is not read past the cap.
 *
 * @param deadline          longest time from sending a request to having its complete response
 * @param maxListBodyBytes  cap on a list page (a page of 500 properties with long texts is a few MB)
 * @param maxPatchBodyBytes cap on the answer to a PATCH (the contract's answer has no body at all)
 */
public record ResponseLimits(Duration deadline, int maxListBodyBytes, int maxPatchBodyBytes) {
    public static final ResponseLimits STANDARD = new ResponseLimits(Duration.ofSeconds(30), 64 << 20, 1 << 20);

    public ResponseLimits {
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive");
        }
        if (maxListBodyBytes < 1 || maxPatchBodyBytes < 1) throw new IllegalArgumentException("body caps must be positive");
    }

    public ResponseLimits withDeadline(Duration newDeadline) {
        return new ResponseLimits(newDeadline, maxListBodyBytes, maxPatchBodyBytes);
    }

    public ResponseLimits withBodyCaps(int listBytes, int patchBytes) {
        return new ResponseLimits(deadline, listBytes, patchBytes);
    }
}
