package dev.hoodadmin.account;

import dev.hoodadmin.api.Endpoint;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place the person signs in to: a name they chose and the API URL. The token is deliberately not
 * here; it lives in a {@link CredentialStore}. The id names the account's data folder and keychain
 * entry, so it is restricted to characters that are safe in a file name and never changes on rename.
 */
public record Account(String id, String displayName, String endpointUrl) {
    private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public Account {
        Objects.requireNonNull(id, "id");
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("An account id must be lower-case letters, digits and '-', not '" + id + "'");
        }
        displayName = requireName(displayName);
        endpointUrl = Endpoint.parse(Objects.requireNonNull(endpointUrl, "endpointUrl")).toString();
    }

    static String requireName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) throw new IllegalArgumentException("An account needs a name");
        if (name.length() > 80) throw new IllegalArgumentException("An account name can have at most 80 characters");
        return name;
    }

    public Endpoint endpoint() {
        return Endpoint.parse(endpointUrl);
    }

    public Account withDisplayName(String newName) {
        return new Account(id, newName, endpointUrl);
    }

    /** Host (and port, if any) for compact display next to the name, e.g. {@code api.ocamba.com}. */
    public String hostLabel() {
        return endpoint().hostLabel();
    }
}
