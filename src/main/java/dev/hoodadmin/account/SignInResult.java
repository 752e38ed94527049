package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;

/** How a sign-in ended. */
public sealed interface SignInResult {
    /** Token accepted, account saved and made active, token kept (and remembered if asked). */
    record SignedIn(Account account, ApiToken token) implements SignInResult { }

    /** The server did not accept the token, or could not be asked. */
    record CheckFailed(TokenCheck check) implements SignInResult { }

    /** The token is good, but the account list or the keychain could not be written. */
    record NotSaved(String message) implements SignInResult { }
}
