package dev.hoodadmin.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks the {@code Authorization: Bearer <token>} header against the configured token. */
final class BearerAuth {
    private static final String SCHEME = "Bearer ";
    private final byte[] expected;

    BearerAuth(String token) {
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null
                || !authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        byte[] given = authorizationHeader.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected); // constant time: no timing hints about the token
    }
}
