package dev.hoodadmin.api;

import java.net.URI;
import java.util.Locale;

/** The base URL of a Hood API. Plain HTTP is allowed only to this machine (tests, the demo simulator). */
public record Endpoint(URI baseUri) {

    public static final String DEFAULT_URL = "https://api.ocamba.com";

    public Endpoint {
        String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
        if (baseUri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("API URL must look like https://host, not '" + baseUri + "'");
        }
        if (scheme.equals("http") && !isLoopback(baseUri.getHost())) {
            throw new IllegalArgumentException("API URL must use HTTPS (plain HTTP is only allowed to localhost): " + baseUri);
        }
        if (baseUri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("API URL must not contain credentials");
        }
    }

    public static Endpoint parse(String url) {
        try {
            return new Endpoint(URI.create(url.strip().replaceAll("/+$", "")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("API URL") ? e.getMessage()
                    : "API URL is not a valid URL: '" + url + "'", e);
        }
    }

    /** Whether this endpoint is this machine; checked on the name only, without asking DNS. */
    public boolean isLoopback() {
        return isLoopback(baseUri.getHost());
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("[::1]") || h.equals("::1");
    }

    URI resolve(String pathAndQuery) {
        return URI.create(baseUri.toString() + pathAndQuery);
    }

    @Override
    public String toString() {
        return baseUri.toString();
    }
}
