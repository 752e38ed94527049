package dev.hoodadmin.ui.signin;

import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Clicks through the account menu as a person does: the menu, a submenu (Rename, Remove…), an account in it. */
public final class AccountMenuRobot {
    public static final String REMOVE_CONFIRM = "#" + AccountDialogs.REMOVE_ID;

    private AccountMenuRobot() {
    }

    /**
     * Opens the account menu of the window {@code owner}, then {@code submenu}, and clicks the entry
     * {@code accountItem} in it (not the switch entry of the same name in the menu itself).
     */
    public static void choose(FxRobot robot, Window owner, String submenu, String accountItem) throws TimeoutException {
        MenuButton menu = robot.lookup("#accountSwitcher").queryAs(MenuButton.class);
        robot.clickOn(menu);
        Node submenuItem = shown(robot, submenu).filter(node -> ownedBy(node, owner)).findFirst().orElseThrow();
        robot.clickOn(submenuItem);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> inSubmenu(robot, submenuItem, accountItem).isPresent());
        // across first, then down: a diagonal path would cross other entries and open their submenus instead
        robot.clickOn(inSubmenu(robot, submenuItem, accountItem).orElseThrow(), Motion.HORIZONTAL_FIRST);
    }

    private static Optional<Node> inSubmenu(FxRobot robot, Node submenuItem, String label) {
        return shown(robot, label).filter(node -> ownedBy(node, submenuItem.getScene().getWindow())).findFirst();
    }

    /** Whether the node is in a popup opened from {@code owner} (menus of earlier tests may still be showing). */
    private static boolean ownedBy(Node node, Window owner) {
        return node.getScene().getWindow() instanceof PopupWindow popup && popup.getOwnerWindow() == owner;
    }

    /** Nodes with this text in a window that is showing (not left over from a closed menu). */
    private static Stream<Node> shown(FxRobot robot, String text) {
        return robot.lookup(text).queryAll().stream().filter(node -> node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing());
    }
}
