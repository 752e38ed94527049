package dev.hoodadmin.ui.signin;

import dev.hoodadmin.account.Account;
import dev.hoodadmin.ui.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.layout.Region;

/**
 * The toolbar control showing the account in use ("Production · api.ocamba.com") with a menu of
 * the accounts (with their unsent edits, if any), "Add account…", Rename, Change token and Remove for each
 * account, and "Sign out".
 */
public final class AccountSwitcher {
    private final AccountSwitcherModel model;
    private final MenuButton button = new MenuButton();
    private final Map<String, List<MenuItem>> itemsByAccount = new HashMap<>();
    private final StringBinding accountText;

    public AccountSwitcher(AccountSwitcherModel model) {
        this.model = model;
        button.setId("accountSwitcher");
        button.setMinWidth(Region.USE_PREF_SIZE); // which account is in use is never cut; other status items give way
        accountText = Bindings.createStringBinding(() -> label(model.currentAccountProperty().get()),
                model.currentAccountProperty());
        button.textProperty().bind(accountText);
        button.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("account.switcher.accessible", button.getText()), button.textProperty()));
        button.disableProperty().bind(model.busyProperty());
        model.accounts().addListener((ListChangeListener<Account>) change -> rebuild());
        model.currentAccountProperty().addListener((o, was, now) -> {
            rebuild();
            model.refreshUnsent();
        });
        model.unsentEdits().addListener((MapChangeListener<String, Integer>) change -> relabel(change.getKey()));
        // counted again as the menu closes, so it is up to date when opened next (changing items while the menu
        // is open would close its submenus)
        button.setOnHidden(event -> model.refreshUnsent());
        rebuild();
        model.refreshUnsent();
    }

    /** Reads its texts again in the language now in use (View → Language); the control itself stays. */
    public void retranslate() {
        accountText.invalidate();
        rebuild();
    }

    public MenuButton node() {
        return button;
    }

    static String label(Account account) {
        return account == null ? Texts.get("account.notSignedIn") : Texts.get("account.label", account.displayName(), account.hostLabel());
    }

    /** The account as its menu items show it: with its count of unsent edits, if any. */
    private String itemLabel(Account account) {
        Integer unsent = model.unsentEdits().get(account.id());
        return unsent == null ? label(account) : Texts.get("accounts.menu.withUnsent", label(account), unsent);
    }

    private void relabel(String accountId) {
        model.accounts().stream().filter(account -> account.id().equals(accountId)).findFirst().ifPresent(account ->
                itemsByAccount.getOrDefault(accountId, List.of()).forEach(item -> item.setText(itemLabel(account))));
    }

    private void rebuild() {
        ToggleGroup group = new ToggleGroup();
        button.getItems().clear();
        itemsByAccount.clear();
        for (Account account : model.accounts()) {
            RadioMenuItem item = new RadioMenuItem(itemLabel(account));
            item.setId("account-" + account.id());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(account.equals(model.currentAccountProperty().get()));
            item.setOnAction(e -> model.switchTo(account));
            button.getItems().add(item);
            itemsByAccount.computeIfAbsent(account.id(), id -> new ArrayList<>()).add(item);
        }
        if (!model.accounts().isEmpty()) button.getItems().add(new SeparatorMenuItem());
        MenuItem add = new MenuItem(Texts.get(model.accounts().isEmpty() ? "account.signIn" : "account.add"));
        add.setId("addAccountItem");
        add.setOnAction(e -> model.addAccount());
        button.getItems().add(add);
        if (!model.accounts().isEmpty()) {
            button.getItems().addAll(
                    perAccount("renameAccount", Texts.get("accounts.menu.rename"), this::rename),
                    perAccount("changeToken", Texts.get("accounts.menu.changeToken"), model::changeToken),
                    perAccount("removeAccount", Texts.get("accounts.menu.remove"), this::remove));
        }
        MenuItem signOut = new MenuItem(Texts.get("account.signOut"));
        signOut.setId("signOutItem");
        signOut.setDisable(model.currentAccountProperty().get() == null);
        signOut.setOnAction(e -> model.signOut());
        button.getItems().add(signOut);
    }

    /** A submenu naming every account, e.g. Rename ▸ Production · api.ocamba.com. */
    private Menu perAccount(String id, String text, Consumer<Account> action) {
        Menu menu = new Menu(text);
        menu.setId(id + "Menu");
        for (Account account : model.accounts()) {
            MenuItem item = new MenuItem(itemLabel(account));
            item.setId(id + "-" + account.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> action.accept(account));
            menu.getItems().add(item);
            itemsByAccount.computeIfAbsent(account.id(), key -> new ArrayList<>()).add(item);
        }
        return menu;
    }

    private void rename(Account account) {
        AccountDialogs.askNewName(owner(), account).ifPresent(name -> model.rename(account, name));
    }

    private void remove(Account account) {
        boolean inUse = account.equals(model.currentAccountProperty().get());
        model.countUnsent(account, unsent -> {
            if (AccountDialogs.confirmRemoval(owner(), account, unsent, inUse)) model.remove(account);
        });
    }

    private Window owner() {
        return button.getScene() == null ? null : button.getScene().getWindow();
    }
}
