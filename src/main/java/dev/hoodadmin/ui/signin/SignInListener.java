package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.api.ApiToken;

/** Where the sign-in screen hands over; called on the JavaFX thread. */
public interface SignInListener {
    /** The token was accepted; the account is saved and active. */
    void onSignedIn(Account account, ApiToken token);

    /** The person chose "Try the demo". */
    void onDemo();
}
