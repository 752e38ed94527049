package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;

import java.util.Optional;

/**
 * What the person typed on the sign-in screen. {@code accountName} may be blank (the host is used);
 * {@code existingAccountId} is set when signing in again to an account already in the list.
 */
public record SignInRequest(Endpoint endpoint, ApiToken token, String accountName, boolean remember,
                            Optional<String> existingAccountId) {

    public String nameOrHost() {
        return accountName == null || accountName.isBlank() ? endpoint.baseUri().getHost() : accountName.strip();
    }
}
