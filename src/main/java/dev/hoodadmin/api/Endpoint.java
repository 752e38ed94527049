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

    /**
     * The server this URL names, the same for every spelling of it: scheme and host in lower case, this machine's
     * names ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) as {@code 127.0.0.1}, the scheme's default port
     * left out, no trailing slash. One server has one outbox, one lock and one account, whichever spelling a command
     * or the window was given; requests still go to the URL as given.
     */
    public String serverKey() {
        String scheme = baseUri.getScheme().toLowerCase(Locale.ROOT);
        String host = baseUri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1")) {
            host = "127.0.0.1";
        }
        int port = baseUri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        String path = baseUri.getRawPath() == null ? "" : baseUri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    /** Whether both name the same server ({@link #serverKey()}). */
    public boolean sameServerAs(Endpoint other) {
        return serverKey().equals(other.serverKey());
    }

    /** The host and a port if given ("api.ocamba.com", "127.0.0.1:8181"): how the endpoint is named where room is short. */
    public String hostLabel() {
        return baseUri.getPort() < 0 ? baseUri.getHost() : baseUri.getHost() + ":" + baseUri.getPort();
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
