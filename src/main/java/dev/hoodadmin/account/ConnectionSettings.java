package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;

import java.util.Map;
import java.util.Optional;

/**
 * Where to connect and with which token. The URL comes from {@code --api-url} or {@code HOOD_API_URL};
 * the token only from {@code HOOD_API_TOKEN} (never a command-line argument, which other users can see).
 */
public final class ConnectionSettings {
    public static final String URL_VARIABLE = "HOOD_API_URL";
    public static final String TOKEN_VARIABLE = "HOOD_API_TOKEN";

    private final Map<String, String> env;

    public ConnectionSettings(Map<String, String> env) {
        this.env = env;
    }

    /** The endpoint to use; throws IllegalArgumentException with a readable reason for a bad URL. */
    public Endpoint endpoint(String urlOption) {
        String url = urlOption != null && !urlOption.isBlank() ? urlOption : env.get(URL_VARIABLE);
        return Endpoint.parse(url == null || url.isBlank() ? Endpoint.DEFAULT_URL : url);
    }

    /** Whether the person chose an endpoint explicitly (then the app must not fall back to the demo). */
    public boolean endpointGiven(String urlOption) {
        return urlOption != null && !urlOption.isBlank() || !env.getOrDefault(URL_VARIABLE, "").isBlank();
    }

    /** The token from the environment, if one is set. */
    public Optional<ApiToken> token() {
        String value = env.get(TOKEN_VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(ApiToken.of(value));
    }
}
