package dev.hoodadmin.sim;

/**
 * A request as the endpoints see it, free of the HTTP server types.
 *
 * @param path     decoded path, e.g. /v1/hood/profile-properties/1000105
 * @param rawQuery still percent-encoded, or null
 */
record SimRequest(String method, String path, String rawQuery, byte[] body) {
}
