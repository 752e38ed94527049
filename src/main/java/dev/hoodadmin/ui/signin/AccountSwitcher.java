package dev.hoodadmin.ui.signin;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.account.Account;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

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
        button.textProperty().bind(Bindings.createStringBinding(() -> label(model.currentAccountProperty().get()),
                model.currentAccountProperty()));
        button.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("account.switcher.accessible", button.getText()), button.textProperty()));
        button.disableProperty().bind(model.busyProperty());
        model.accounts().addListener((ListChangeListener<Account>) change -> rebuild());
        model.currentAccountProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    public MenuButton node() {
        return button;
    }

    static String label(Account account) {
        return account == null ? Texts.get("account.notSignedIn") : Texts.get("account.label", account.displayName(), account.hostLabel());
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
        MenuItem add = new MenuItem(Texts.get(model.accounts().isEmpty() ? "account.signIn" : "account.add"));
        add.setId("addAccountItem");
        add.setOnAction(e -> model.addAccount());
        MenuItem signOut = new MenuItem(Texts.get("account.signOut"));
        signOut.setId("signOutItem");
        signOut.setDisable(model.currentAccountProperty().get() == null);
        signOut.setOnAction(e -> model.signOut());
        button.getItems().addAll(add, signOut);
    }
}
