package dev.hoodadmin.account;

import dev.hoodadmin.api.ApiToken;

import java.util.Optional;

/** Where the app goes when it starts. */
public sealed interface StartupRoute {
    /** Straight to the live API with this account and token. */
    record Live(Account account, ApiToken token, boolean tokenFromEnvironment) implements StartupRoute { }

    /** The sign-in screen (with "Try the demo"), pre-filled with the last account if there is one. */
    record SignIn(Optional<Account> lastAccount) implements StartupRoute { }
}
