package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;

/**
 * The toolbar control showing the account in use ("Production · api.ocamba.com") with a menu of
 * the other accounts, "Add account…" and "Sign out".
 */
public final class AccountSwitcher {
    private final AccountSwitcherModel model;
    private final MenuButton button = new MenuButton();

    public AccountSwitcher(AccountSwitcherModel model) {
        this.model = model;
        button.setId("accountSwitcher");
        button.setMinWidth(Region.USE_PREF_SIZE); // which account is in use is never cut; other status items give way
        button.textProperty().bind(Bindings.createStringBinding(() -> label(model.currentAccountProperty().get()),
                model.currentAccountProperty()));
        button.accessibleTextProperty().bind(Bindings.concat("Account: ", button.textProperty()));
        button.disableProperty().bind(model.busyProperty());
        model.accounts().addListener((ListChangeListener<Account>) change -> rebuild());
        model.currentAccountProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    public MenuButton node() {
        return button;
    }

    static String label(Account account) {
        return account == null ? "Not signed in — sign in…" : account.displayName() + " · " + account.hostLabel();
    }

    private void rebuild() {
        ToggleGroup group = new ToggleGroup();
        button.getItems().clear();
        for (Account account : model.accounts()) {
            RadioMenuItem item = new RadioMenuItem(label(account));
            item.setId("account-" + account.id());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(account.equals(model.currentAccountProperty().get()));
            item.setOnAction(e -> model.switchTo(account));
            button.getItems().add(item);
        }
        if (!model.accounts().isEmpty()) button.getItems().add(new SeparatorMenuItem());
        MenuItem add = new MenuItem(model.accounts().isEmpty() ? "Sign in…" : "Add account…");
        add.setId("addAccountItem");
        add.setOnAction(e -> model.addAccount());
        MenuItem signOut = new MenuItem("Sign out");
        signOut.setId("signOutItem");
        signOut.setDisable(model.currentAccountProperty().get() == null);
        signOut.setOnAction(e -> model.signOut());
        button.getItems().addAll(add, signOut);
    }
}
