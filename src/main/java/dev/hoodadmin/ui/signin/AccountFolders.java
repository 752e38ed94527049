package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.AccountStore;
import dev.hoodadmin.engine.AccountInUseException;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.outbox.Outbox;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The accounts' local data as the account menu needs it: how many edits each has not sent, and deleting an
 * account's folder (outbox, cache). Touches disk: call off the JavaFX thread.
 */
public final class AccountFolders {
    private final AccountStore accounts;
    private final Function<Account, Optional<Outbox>> openHere;

    /** @param openHere the outbox of the account this window has open (its files are locked, so ask it instead) */
    public AccountFolders(AccountStore accounts, Function<Account, Optional<Outbox>> openHere) {
        this.accounts = accounts;
        this.openHere = openHere;
    }

    /** Edits that never reached the server; empty while another process has the account open. */
    public OptionalInt unsentEdits(Account account) throws IOException {
        Optional<Outbox> open = openHere.apply(account);
        if (open.isPresent()) return OptionalInt.of(AccountWorkspace.unsent(open.get()));
        return AccountWorkspace.unsentEdits(accounts.dataFolder(account));
    }

    /** Deletes the account's folder; refused while any window or command has the account open. */
    public void delete(Account account) throws IOException, AccountInUseException {
        AccountWorkspace.deleteFolder(accounts.dataFolder(account));
    }
}
